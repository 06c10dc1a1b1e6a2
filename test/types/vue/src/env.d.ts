// The kit's tags as Vue components, from the package: nothing declared here.
import type {} from 'customer-lifecycle-kit/vue';
