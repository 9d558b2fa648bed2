// SPDX-License-Identifier: MIT
// The classic script (dist/appnotify.js, "appnotify/classic") defines the global `appnotify`:
// reference this file (/// <reference types="appnotify/classic" />) in a web resource's TypeScript.
declare const appnotify: typeof import('./appnotify.js');
