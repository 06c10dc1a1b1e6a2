// Material Web's dialog, imported on its own as its docs advise.
import '@material/web/dialog/dialog.js';
