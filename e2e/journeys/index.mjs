// Every journey, in the order they run.
import seed000 from './seed-000-services.mjs';
import seed001 from './seed-001-inactive-list.mjs';
import seed002 from './seed-002-billing.mjs';
import undoAfterClose from './undo-after-close.mjs';

export const JOURNEYS = [seed000, seed001, seed002, undoAfterClose];
