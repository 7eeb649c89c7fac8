/**
 * A file the build writes, as the Response an Astro endpoint returns. Text goes as its UTF-8 bytes:
 * a Response made from a string copies it and checks it for lone surrogates before Astro reads it
 * back as bytes, for each of thousands of files.
 */
export function fileResponse(body: string | Uint8Array, contentType: string): Response {
  return new Response(typeof body === 'string' ? Buffer.from(body) : new Uint8Array(body), { headers: { 'content-type': contentType } });
}
