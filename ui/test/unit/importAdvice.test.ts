import { describe, expect, it } from 'vitest';
import { adviceFor, asSentence, failureText } from '../../src/importView';
import type { ErrorCode } from '../../src/types';

// The codes a file can fail with during an import (the core's ErrorCode for files).
const FILE_CODES: ErrorCode[] = [
  'file_not_found',
  'permission_denied',
  'io_error',
  'unsupported_format',
  'empty_file',
  'too_large',
  'not_text',
  'malformed_file',
  'encrypted_file',
];

describe('adviceFor', () => {
  it('gives every file error its own advice, not the generic retry', () => {
    const generic = adviceFor('internal');
    for (const code of FILE_CODES) {
      expect(adviceFor(code), code).not.toBe(generic);
    }
  });

  it('tells what to do with a scanned PDF and a locked file', () => {
    expect(adviceFor('empty_file')).toMatch(/OCR/);
    expect(adviceFor('encrypted_file')).toMatch(/password/);
    expect(adviceFor('unsupported_format')).toMatch(/\.docx/);
  });
});

describe('asSentence', () => {
  it('ends a message with a full stop unless it has its own', () => {
    expect(asSentence('drop that instead')).toBe('drop that instead.');
    expect(asSentence('It looks scanned.')).toBe('It looks scanned.');
    expect(asSentence('ファイルが壊れています。')).toBe('ファイルが壊れています。');
    expect(asSentence('')).toBe('');
  });
});

describe('failureText', () => {
  it('adds the advice for the code to a message that has none', () => {
    expect(failureText('scan.pdf has no text layer', 'empty_file')).toEqual({ message: 'scan.pdf has no text layer.', advice: adviceFor('empty_file') });
  });

  it('keeps a message that already says what to do as it is', () => {
    const m = 'empty.txt is empty (there is no text in it); check that you dropped the right file';
    expect(failureText(m, 'empty_file')).toEqual({ message: `${m}.`, advice: '' });
  });
});
