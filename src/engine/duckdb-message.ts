/**
 * A DuckDB error as DuckDB's own clients print it ("Parser Error: syntax error at or near …").
 * DuckDB-WASM hands some errors over as the JSON DuckDB uses inside (exception_type,
 * exception_message, …), which a reader should not have to decode; other messages pass as they are.
 */
export function duckdbMessage(message: string): string {
  if (!message.startsWith('{')) return message;
  try {
    const { exception_type: type, exception_message: text } = JSON.parse(message) as { exception_type?: unknown; exception_message?: unknown };
    if (typeof text !== 'string') return message;
    return typeof type === 'string' && type !== '' ? `${type} Error: ${text}` : text;
  } catch {
    return message;
  }
}
