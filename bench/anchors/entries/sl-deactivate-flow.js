// What a deactivate confirmation takes in Shoelace: its dialog, checkbox,
// button and textarea, cherry-picked as its docs advise (its theme CSS aside).
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
