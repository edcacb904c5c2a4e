// Dev helper: screenshot the app once. node test/browser/peek.mjs [light|dark] [w] [h]
import { launch, openApp, serve, shot } from './harness.mjs';
const [scheme = 'light', w = '1440', h = '900'] = process.argv.slice(2);
const srv = await serve();
const b = await launch();
const { page, errors, external } = await openApp(b.context, srv.url, { colorScheme: scheme, viewport: { width: +w, height: +h } });
await shot(page, `peek-${scheme}-${w}x${h}`);
console.log({ errors, external });
await b.close();
await srv.close();
