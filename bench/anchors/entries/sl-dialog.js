// Shoelace's dialog, cherry-picked as its docs advise for a bundler (its theme CSS aside).
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
