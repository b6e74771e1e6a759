// The catalog's source documents, kept as facts in src/catalog/sources/.
//   npm run sources:extract         refreshes the extracts from ../shared/seeds and ../shared/sources,
//                                   when that raw material is beside the repository
//   npm run sources:check -- FILE   reads a new revision of the common-errors page (text or markdown) or
//                                   of the OpenAPI error list (JSON) and prints what changed against the
//                                   catalog; exits 1 when something did, 2 when the file cannot be read
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDocument, type CommonErrorsPage } from '../src/catalog/sources/parse.ts';

const SHARED = new URL('../../shared/', import.meta.url);
const OUT = new URL('../src/catalog/sources/', import.meta.url);

// Where each seed came from: found by comparing the seeds with AlibabaCloudDocs/kms's history.
const SEEDS = {
  older: {
    file: '000_31364719fb062f6a.txt',
    origin: {
      document: 'KMS API reference, "Response structure" (its table is headed "Public error codes")',
      repository: 'AlibabaCloudDocs/kms',
      path: 'intl.en-US/API Reference/Calling method/Response structure.md',
      commit: 'ec3e2bdc2a2116372d27f7a63eee86dd64fc85e5',
      date: '2019-04-09',
      capturedAs: 'seed 000_31364719fb062f6a (the page as rendered text)',
    },
  },
  newer: {
    file: '002_2645fc9ae89268dc.txt',
    origin: {
      document: 'KMS API reference, "Responses" (its table is headed "Common errors")',
      repository: 'AlibabaCloudDocs/kms',
      path: 'intl.en-US/API Reference/Calling method/Responses.md',
      commit: 'ce7fc4b1c8b9aae18926b0d9ef281c261e9131c4',
      date: '2020-11-30',
      capturedAs: 'seed 002_2645fc9ae89268dc (the markdown source)',
    },
  },
} as const;

const ORIGINS = {
  operationErrors: {
    document: 'OpenAPI metadata of Kms 2016-01-20: the errorCodes of each operation',
    repository: 'dew-serverless/acs-sdk-php',
    path: 'data/kms/2016-01-20/api-docs.php',
    commit: '1890224213189167d9a7fdd83ded0e54a5f4ae8e',
    date: '2024-07-30',
  },
  apiReferenceErrors: {
    document: 'KMS API reference, the "Error codes" table of each operation\'s page, over every revision',
    repository: 'AlibabaCloudDocs/kms',
    path: 'intl.en-US/API Reference/**/<Operation>.md',
    commit: '53ad4d22ef0ea7ff8751027c128093ebda93d580',
    date: '2021-07-12',
    capturedAs: "every revision up to this commit, the repository's last",
  },
  keyStates: {
    document: 'KMS API reference, "Impact of CMK states on API call"',
    repository: 'AlibabaCloudDocs/kms',
    path: 'intl.en-US/API Reference/Impact of CMK states on API call.md',
    commit: '6eab42258d268a7373b48bbcb745493286be6e3b',
    date: '2019-08-20',
  },
};

const readShared = (path: string) => readFileSync(new URL(path, SHARED), 'utf8');
const write = (name: string, value: unknown) =>
  writeFileSync(new URL(name, OUT), JSON.stringify(value, null, 1) + '\n');

function page(revision: keyof typeof SEEDS): CommonErrorsPage & { origin: object } {
  const parsed = parseDocument(readShared(`seeds/${SEEDS[revision].file}`));
  if (!parsed.ok || parsed.kind !== 'common-errors')
    throw new Error(
      `sources: seed ${SEEDS[revision].file}: ${parsed.ok ? 'not a common-errors page' : parsed.reason}`,
    );
  return { origin: SEEDS[revision].origin, ...parsed.page };
}

function extract() {
  if (!existsSync(new URL('seeds/', SHARED)) || !existsSync(new URL('sources/', SHARED))) {
    console.log(
      'sources: ../shared/seeds and ../shared/sources are not here; the extracts stay as they are.',
    );
    return;
  }
  write('commonErrors.json', { older: page('older'), newer: page('newer') });

  const metadata = JSON.parse(readShared('sources/openapi-kms-2016-01-20-errors.json'));
  write('operationErrors.json', {
    origin: ORIGINS.operationErrors,
    operationGroups: metadata.operationGroups,
    errors: metadata.errors,
  });

  const reference = JSON.parse(readShared('sources/api-reference-error-tables.json'));
  write('apiReferenceErrors.json', { origin: ORIGINS.apiReferenceErrors, errors: reference.errors });

  const states = JSON.parse(readShared('sources/key-states.json'));
  write('keyStates.json', { origin: ORIGINS.keyStates, states: states.states, outcomes: states.outcomes });
  console.log('sources: wrote commonErrors, operationErrors, apiReferenceErrors and keyStates .json');
}

async function check(file: string | undefined) {
  if (!file) {
    console.error('usage: npm run sources:check -- FILE');
    process.exit(2);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`sources: cannot read ${file}: ${(error as Error).message}`);
    process.exit(2);
  }
  const parsed = parseDocument(text);
  if (!parsed.ok) {
    console.error(`sources: ${file}: ${parsed.reason}`);
    process.exit(2);
  }
  // Loaded here: extracting must work while the catalog is being edited against new extracts.
  const [{ catalog }, { describeDrift, driftAgainstCatalog }] = await Promise.all([
    import('../src/catalog/catalog.ts'),
    import('../src/catalog/sources/drift.ts'),
  ]);
  const lines = describeDrift(driftAgainstCatalog(parsed, catalog));
  console.log(lines.length === 0 ? 'No change against the catalog.' : lines.join('\n'));
  process.exit(lines.length === 0 ? 0 : 1);
}

const [command, argument] = process.argv.slice(2);
if (command === 'extract') extract();
else if (command === 'check') await check(argument);
else {
  console.error('usage: tsx scripts/sources.ts extract | check FILE');
  process.exit(2);
}
