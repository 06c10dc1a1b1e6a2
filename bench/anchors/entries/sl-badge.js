// Shoelace's badge, cherry-picked as its docs advise for a bundler.
import '@shoelace-style/shoelace/dist/components/badge/badge.js';
