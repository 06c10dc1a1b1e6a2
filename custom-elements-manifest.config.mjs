// The analyzer lists modules in the order the file system returns them, which
// differs between checkouts; sorted by path, the manifest is the same wherever
// it is generated, so `npm run check:manifest` compares like with like.
export default {
  plugins: [
    {
      name: 'sort-modules-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
