/// <reference types="vite/client" />
// The kit's tags and their properties and events, for Vue templates.
import type {} from 'customer-lifecycle-kit/vue';
