import { describe, expect, it } from 'vitest';
import { duckdbMessage } from '../../../src/engine/duckdb-message.ts';

describe('duckdbMessage', () => {
  it('prints an error DuckDB-WASM hands over as JSON the way DuckDB prints it', () => {
    // As DuckDB-WASM 1.32 reports `SELEC 1`.
    const json = '{"exception_type":"Parser","exception_message":"syntax error at or near \\"SELEC\\"\\n\\nLINE 1: SELEC 1\\n        ^","error_subtype":"SYNTAX_ERROR","position":"0"}';
    expect(duckdbMessage(json)).toBe('Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^');
  });

  it('leaves a plain message, and text that only looks like JSON, as it is', () => {
    expect(duckdbMessage('Binder Error: Referenced column "x" not found')).toBe('Binder Error: Referenced column "x" not found');
    expect(duckdbMessage('{not json')).toBe('{not json');
    expect(duckdbMessage('{"other":1}')).toBe('{"other":1}');
  });
});
