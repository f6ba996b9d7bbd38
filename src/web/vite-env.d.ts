// Types of what Vite lets the app import (CSS modules, assets).
/// <reference types="vite/client" />
