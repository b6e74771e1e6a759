import { keyStateOperations } from '../../catalog/operations/operations.ts';
import { keyStateTables } from '../../catalog/sources/extracts.ts';
import { SourceLink } from './SourceLink.tsx';
import type { ViewChange } from '../../app/viewState.ts';
import { KeyStateTable } from './KeyStateTable.tsx';

/** The key lifecycle, and what each operation returns in each key state. */
export function KeyStatesPage({ onGo }: { onGo: (to: ViewChange) => void }) {
  return (
    <article className="page key-states-page" aria-labelledby="page-title">
      <h2 id="page-title">Operations by key state</h2>
      <p className="lead">
        A KMS key is always in one of four states, and the state decides which calls succeed. This table is
        the quickest way to learn the lifecycle, and to read a <code>Rejected.</code> error.
      </p>
      <ul className="lifecycle">
        <li>
          <strong>Enabled</strong>: a new key starts here. Only an Enabled key encrypts, decrypts and
          generates data keys.
        </li>
        <li>
          <strong>Disabled</strong>: DisableKey puts it here and EnableKey brings it back. Nothing can be
          encrypted or decrypted with it meanwhile; it can still be described, tagged and scheduled for
          deletion.
        </li>
        <li>
          <strong>PendingDeletion</strong>: ScheduleKeyDeletion puts it here for a waiting period;
          CancelKeyDeletion returns it to Enabled. When the period ends the key is deleted for good, and data
          encrypted under it can no longer be decrypted.
        </li>
        <li>
          <strong>PendingImport</strong>: a key created with Origin EXTERNAL starts here, without key
          material, until ImportKeyMaterial gives it some; DeleteKeyMaterial sends it back.
        </li>
      </ul>
      <p>
        A state change the current state does not allow (enabling a key pending deletion, cancelling a
        deletion nobody scheduled) is <code>Rejected.StateModifiedFailed</code>: retrying never helps until
        the state changes.
      </p>
      <KeyStateTable
        names={keyStateOperations}
        caption="What each operation returns on a key in each state"
        onGo={onGo}
        linkOperations
        from={{ page: 'key-states' }}
      />
      <p className="sources">
        From{' '}
        {keyStateTables.map((table, index) => (
          <span key={table.origin.document}>
            {index > 0 && ' and '}
            <SourceLink origin={table.origin} />
          </span>
        ))}
        . Operations not in the table do not depend on a key&apos;s state in the documentation.
      </p>
    </article>
  );
}
