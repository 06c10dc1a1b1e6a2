// Web Awesome's badge, cherry-picked as its docs advise for a bundler (its theme CSS aside).
import '@awesome.me/webawesome/dist/components/badge/badge.js';
