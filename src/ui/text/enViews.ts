// The words of the entry, operation and key-state views in English: they load with those views, not with
// the first view. Same shape in zhViews.ts.

const s = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const englishViewText = {
  /** The decoder's results: each error found, the summary of a log, sharing. */
  results: {
    match: {
      exact: 'Exact match',
      case: 'Matched (other case or spacing)',
      alias: 'Matched (a known misspelling)',
      recommend: 'Matched by its Recommend link',
      message: 'Matched by its message',
      fuzzy: 'Not certain: suggestions only',
      status: 'HTTP status only',
      none: 'Not in catalog',
    },
    noCode: (status: string) => `HTTP ${status}, no code`,
    nextStep: 'Next step',
    doNot: 'Do not:',
    doubts: 'Disagreements and doubts',
    couldBe: 'Could also be:',
    didYouMean: 'Did you mean (a guess, not a match):',
    operation: 'Operation ',
    parameter: 'Parameter ',
    line: (line: string) => `line ${line}`,
    fields: (count: number) => `Fields in the text (${count})`,
    fieldNames: {
      status: 'HTTP status',
      code: 'Code',
      message: 'Message',
      param: 'Parameter',
      requestId: 'RequestId',
      hostId: 'HostId',
      recommend: 'Recommend',
    },
    open: (code: string) => `Open ${code}`,
    copyTicket: 'Copy for ticket',
    recommendLink: 'Its Recommend link',
    troubleshoot: "Alibaba's troubleshooting page",
    summaryCaption: 'Errors by code, most frequent first',
    summaryDay: (day: string) => `, all on ${day}`,
    summaryColumns: { code: 'Code', count: 'Count', seen: 'Seen' },
    notInCatalog: 'Not in catalog',
    copyIncident: 'Copy incident summary',
    downloadAll: (total: number) => `Download CSV of all ${total.toLocaleString('en')} errors`,
    csvFile: 'kms-errors.csv',
    rowsCaption: (code: string) => `Each ${code} error`,
    rowColumns: {
      time: 'Time',
      line: 'Line',
      requestId: 'RequestId',
      region: 'Region',
      operation: 'Operation',
      status: 'HTTP',
      param: 'Parameter',
      notes: 'Notes',
    },
    moreRows: (shown: string, hidden: string) => `Show ${shown} more (${hidden} not shown)`,
    fewerGroups: (shown: number, total: string) =>
      `Showing the ${shown} most frequent codes of ${total}; the summary and the CSV cover them all.`,
    secretsMasked: 'Everything you copy, download or share from this page has them masked.',
    share: {
      legend: 'Share',
      codeOnly: 'Share the code only',
      carries: 'What the link carries',
      copy: 'Copy share link',
      codeLink: (code: string) => `The link opens the entry for ${code}; it carries nothing you pasted.`,
      noEntry: 'Nothing matched a catalog code, so there is no entry to link to.',
      masked:
        'AccessKey IDs and secrets, security tokens, signatures, passwords, private keys, key material and account IDs are masked as ***.',
      paste: (masked: string) =>
        `The link carries the text below after its #, which browsers never send to a server. ${masked}`,
      summary: (kilobytes: number) =>
        `The text is more than a link can carry (at most ${kilobytes} KB), so the link carries only its codes and counts, below.`,
    },
  },
  entry: {
    viaBefore: 'You followed ',
    viaAfter: ', a misspelling of this code that the documentation used.',
    whatToDo: 'What to do',
    doNot: 'Do not:',
    causes: 'Likely causes',
    familyHeading: 'Family and category',
    category: (label: string) => ` Category: ${label}.`,
    troubleshoot: "Alibaba's troubleshooting page",
    report: 'Report a missing or wrong detail',
    seenAt: (where: string) => `Where it was seen: ${where}`,
    examples: 'Example bodies',
    copyCode: 'Copy code',
    copyLink: 'Copy link',
    jsonBody: 'JSON body',
    copyJson: 'Copy JSON body',
    xmlBody: 'XML body',
    copyXml: 'Copy XML body',
    related: 'Related codes',
    unknown: {
      notInCatalog: 'Not in the catalog.',
      explain: ' No KMS documentation or API gateway list this catalog is built from names this code.',
      family: 'Its prefix is known: ',
      resembles: 'Codes it resembles (guesses, not matches):',
      troubleshoot: "Alibaba's troubleshooting page for it",
      report: 'Report it as missing',
    },
    operations: {
      heading: 'Operations that return it',
      page: (any: boolean) =>
        `It is on the common-errors page, so any KMS operation can return it${any ? '; these document it too:' : '.'}`,
      gateway:
        'The API gateway in front of every Alibaba Cloud product returns it before the request reaches KMS, so any operation can get it.',
      operations: 'The references of these operations document it:',
      caption: (code: string) => `Operations documenting ${code}`,
      columns: { operation: 'Operation', status: 'HTTP status', message: 'Message as documented' },
      byState: 'In the key-state table',
      /** Around the key state's name. */
      onKey: ['On a key that is ', ': '],
      everyByState: 'Every operation by key state',
    },
    provenance: {
      heading: 'As documented',
      table: 'the error table',
      sample: 'the sample error response',
      of: ' of ',
      operations: (status: number) => `HTTP ${status}, in the operations' references (below)`,
      seen: (status: string) => `HTTP ${status}, seen in `,
      alsoSpelled: 'Also spelled ',
      listedOn: 'Listed on ',
      and: ' and ',
    },
  },
  pages: {
    operation: {
      errorsHeading: 'Errors its reference documents',
      noErrors: 'Its reference lists no error of its own; the codes below apply to it as to every operation.',
      caption: (count: number, name: string) =>
        `${count} documented ${s(count, 'error', 'errors')} of ${name}`,
      columns: { status: 'HTTP status', code: 'Code', message: 'Message as documented' },
      written: 'written ',
      byStateHeading: 'By key state',
      byState: (name: string, target: boolean) =>
        `What ${name} returns on a key in each state${target ? ' (the state of the key the alias is to point to)' : ''}. `,
      everyByState: 'Every operation by key state',
      stateCaption: (name: string) => `${name} by key state`,
      anyHeading: 'Errors any operation can return',
      pageCodes: "The common-errors page's codes apply to every KMS operation: ",
      gatewayCodes:
        'And every call passes the API gateway that fronts all Alibaba Cloud products first, which can refuse it before KMS sees it: ',
      notOperation: ' is not a KMS operation',
      didYouMean: 'Did you mean ',
      or: ' or ',
      didYouMeanEnd: '?',
      seeAll: 'See every operation',
    },
    operations: {
      heading: 'Operations',
      lead: (count: number) =>
        `The ${count} operations of the KMS API (version 2016-01-20), grouped as Alibaba's API metadata groups them. Each page lists the errors its reference documents and, for operations on a key, what it returns in each key state.`,
      documented: (count: number) => `${count} documented ${s(count, 'error', 'errors')}`,
      dependsOnState: ', depends on key state',
      sources: 'Groups and documented errors from ',
    },
    keyStates: {
      heading: 'Operations by key state',
      lead: [
        'A KMS key is always in one of four states, and the state decides which calls succeed. This table is the quickest way to learn the lifecycle, and to read a ',
        ' error.',
      ],
      lifecycle: {
        Enabled: 'a new key starts here. Only an Enabled key encrypts, decrypts and generates data keys.',
        Disabled:
          'DisableKey puts it here and EnableKey brings it back. Nothing can be encrypted or decrypted with it meanwhile; it can still be described, tagged and scheduled for deletion.',
        PendingDeletion:
          'ScheduleKeyDeletion puts it here for a waiting period; CancelKeyDeletion returns it to Enabled. When the period ends the key is deleted for good, and data encrypted under it can no longer be decrypted.',
        PendingImport:
          'a key created with Origin EXTERNAL starts here, without key material, until ImportKeyMaterial gives it some; DeleteKeyMaterial sends it back.',
      },
      stateModified: [
        'A state change the current state does not allow (enabling a key pending deletion, cancelling a deletion nobody scheduled) is ',
        ': retrying never helps until the state changes.',
      ],
      caption: 'What each operation returns on a key in each state',
      from: 'From ',
      and: ' and ',
      notInTable: ". Operations not in the table do not depend on a key's state in the documentation.",
      operation: 'Operation',
      targetKey: ' (target key)',
      succeeds: 'Succeeds',
    },
  },
};

/** The views' words: the English above is the shape every language follows. */
export type ViewText = typeof englishViewText;
