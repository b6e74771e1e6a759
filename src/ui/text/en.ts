// Every word of the interface in English. The Chinese page has the same shape in zh.ts (the compiler
// checks every key; a test checks every string is Chinese). Sentences around a link or a code are split
// into the parts before and after it.

export const englishUiText = {
  app: {
    name: 'KMS Error Explorer',
    tagline: 'What an Alibaba Cloud KMS API error means, whose move it is, and what to do next.',
    skipToSearch: 'Skip to the search',
    skipToContent: 'Skip to the content',
    pages: 'Pages',
    home: 'Decode and explore',
    operations: 'Operations',
    keyStates: 'Key states',
    loading: 'Loading…',
    /** The link to the other language's page, written in that language. */
    otherLanguage: '中文',
    /** Shown when the browser prefers the other language: a suggestion, never a switch. */
    otherLanguageSuggestion: '这个页面也有中文版。',
    title: {
      unknownCode: (code: string) => `${code} (not in the catalog)`,
      operation: (name: string) => `${name} · Operations`,
      search: (query: string) => `“${query}”`,
    },
    outOfDate: {
      heading: 'This page is out of date',
      body: 'A newer version of the app was published since this tab opened, and a part of the old one is no longer available. Reload to get the new version; copy anything you pasted first, as a reload starts afresh.',
      reload: 'Reload',
    },
    crash: {
      heading: 'Something went wrong',
      body: (message: string) => `The page hit an error it could not recover from: ${message}`,
      reassure: 'Nothing you pasted was sent anywhere. Resetting clears the search, filters and open entry.',
      reset: 'Reset',
    },
  },
  shared: {
    close: 'Close',
    loadingCode: (code: string) => `Loading ${code}…`,
    newTab: ' (opens in a new tab)',
    copied: 'Copied',
    copyFailed: 'Copy failed: select the text and copy it by hand',
    noStatus: 'No HTTP status',
    whoActs: 'Who acts: ',
    /** Between a term and what is said of it ("Enabled: a new key starts here."). */
    colon: ': ',
    /** The end of a sentence that closes after a link or a list. */
    fullStop: '.',
    /** Between the items of a list of codes or operations. */
    listSeparator: ', ',
  },
  explorer: {
    heading: 'Explore the catalog',
    searchLabel: 'Search error codes',
    searchPlaceholder: 'keynotfound, key not found, 404…',
    hintShortcuts: ' or ',
    hintSearch: ' searches from anywhere; ',
    hintDown: ' goes from here to the results.',
    unavailable: (why: string) =>
      `Search is unavailable (${why}). The filters still work; reload the page to try again.`,
    operationsFound: 'Operations: ',
    statusFilter: 'HTTP status',
    allStatuses: 'All statuses',
    familyFilter: 'Code family',
    allFamilies: 'All families',
    count: (shown: number, total: number) => `${shown} of ${total} codes`,
    clearAll: 'Clear all',
    downloadCsv: 'Download CSV',
    csvFile: 'kms-error-codes.csv',
    tableCaption: 'KMS error codes',
    columns: { code: 'Code', status: 'HTTP', message: 'Message', retry: 'Retry' },
    decoded: 'decoded',
    alsoSpelled: 'also spelled ',
    more: (shown: number, hidden: number) => `Show ${shown} more (${hidden} not shown)`,
    noMatch: 'No code matches ',
    theseFilters: 'these filters',
    withFilters: ' with these filters',
    nearest: 'Nearest codes:',
    clearSearch: 'Clear search and filters',
  },
  decoder: {
    heading: 'Decode an error',
    pasteLabel: 'Paste an error: a body, an SDK exception, CLI output or a log',
    pastePlaceholder: '{"Code": "Forbidden.KeyNotFound", "Message": "The specified Key is not found.", …}',
    held: (name: string, megabytes: string, lines: string) =>
      `Decoding ${name}: ${megabytes} MB, ${lines} lines, kept out of the box so the page stays fast.`,
    pastedText: 'pasted text',
    clear: 'Clear',
    undoClear: 'Undo clear',
    dropBefore: 'Or drop a log file here, or ',
    chooseFile: 'choose a file',
    dropAfter: ' (up to 20 MB). Nothing you paste leaves this page.',
    fileTooLarge: (name: string, megabytes: string) =>
      `${name} is ${megabytes} MB; the decoder reads files up to 20 MB.`,
    tryExample: 'Try an example',
    /** Before the example buttons. */
    tryExampleLead: 'Try an example:',
    examples: {
      json: 'JSON body',
      xml: 'XML body',
      go: 'Go SDK',
      python: 'Python SDK',
      java: 'Java SDK',
      node: 'Node.js SDK',
      tea: 'Tea SDK (Go)',
      cli: 'aliyun CLI',
      terraform: 'Terraform',
      log: 'Structured log',
      multi: 'Multi-error log',
    },
    result: 'Decoded result',
    idle: 'Paste an error above, or try an example.',
    working: (kilobytes: string) => `Decoding ${kilobytes} KB…`,
    foundOne: 'Found 1 error.',
    found: (total: number, codes: number) =>
      `Found ${total.toLocaleString('en')} errors of ${codes === 1 ? '1 code' : `${codes.toLocaleString('en')} codes`}.`,
    loadingResult: 'Loading the result…',
    unavailable: (why: string) => `The decoder is unavailable: ${why}.`,
    /** Why, when the decoder's worker did not load or failed to start. */
    workerFailed: 'its code did not load, or it failed',
    unavailableHint: 'Reload the page and paste again. Nothing you pasted was sent anywhere.',
    failed: (why: string) => `The decoder failed on this text: ${why}.`,
    failedHint:
      "This is a bug in the decoder: please report it, with the error's shape but not its credentials. Other texts still decode.",
    sharedWithYou: 'Shared with you:',
    sharedPaste:
      ' someone shared this paste from this page. It was masked before it was shared: *** marks each secret it hid.',
    sharedSummary: ' the codes and counts of a log too long for a link. The log itself was not shared.',
  },
};

/** The interface's words: the English above is the shape every language follows. */
export type UiText = typeof englishUiText;
