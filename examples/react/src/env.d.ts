/// <reference types="vite/client" />
/// <reference types="customer-lifecycle-kit/react" />
