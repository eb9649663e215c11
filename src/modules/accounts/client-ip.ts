// The client's address is worked out on the web floor (trusted proxies); the accounts module's face
// keeps offering it to the modules that count requests per address.
export { clientAddress as clientIp } from '../../web/client-address.js';
