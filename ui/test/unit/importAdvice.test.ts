import { describe, expect, it } from 'vitest';
import { toIpcError } from '../../src/backend';
import { asSentence, failureText } from '../../src/importView';

// The advice for each error code is written once, in the core (ErrorCode::advice,
// tested there: every file error has its own, OCR for an empty file, ...); the UI
// shows what the error carries.

describe('asSentence', () => {
  it('ends a message with a full stop unless it has its own', () => {
    expect(asSentence('drop that instead')).toBe('drop that instead.');
    expect(asSentence('It looks scanned.')).toBe('It looks scanned.');
    expect(asSentence('ファイルが壊れています。')).toBe('ファイルが壊れています。');
    expect(asSentence('')).toBe('');
  });
});

describe('failureText', () => {
  it('shows the advice the core sent for the code after the message', () => {
    const advice = 'Check that it is the right file; a scanned PDF needs text recognition (OCR) first.';
    expect(failureText({ code: 'empty_file', message: 'scan.pdf has no text layer', advice })).toEqual({ message: 'scan.pdf has no text layer.', advice });
  });

  it('shows the advice the core gave the error itself', () => {
    const e = { code: 'empty_file' as const, message: 'empty.txt is empty (there is no text in it)', advice: 'Check that you dropped the right file.' };
    expect(failureText(e)).toEqual({ message: 'empty.txt is empty (there is no text in it).', advice: 'Check that you dropped the right file.' });
  });

  it('shows no advice when the error carries none', () => {
    expect(failureText({ code: 'internal', message: 'internal error: the import worker stopped' })).toEqual({ message: 'internal error: the import worker stopped.', advice: '' });
  });
});

describe('toIpcError', () => {
  it('keeps the advice of a rejected command', () => {
    expect(toIpcError({ code: 'not_found', message: 'no article 7', advice: 'Try again.' })).toEqual({ code: 'not_found', message: 'no article 7', advice: 'Try again.' });
    expect(toIpcError({ code: 'not_found', message: 'no article 7' })).toEqual({ code: 'not_found', message: 'no article 7' });
  });
});
