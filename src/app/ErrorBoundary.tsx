import { Component, type ReactNode } from 'react';

// How browsers word a module that failed to load (Chromium, Firefox, Safari).
const PART_MISSING =
  /dynamically imported module|error loading dynamically imported|Importing a module script failed|Unable to preload/i;

interface State {
  error: Error | undefined;
}

/** Shows what went wrong, and a way back, instead of a blank page when rendering fails. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  // A class: React has no hook that catches rendering errors.
  state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  reset = () => {
    window.history.replaceState(null, '', window.location.pathname);
    this.setState({ error: undefined });
  };

  render() {
    if (!this.state.error) return this.props.children;
    // A part of the app that cannot load: this tab outlived more deploys than the offline copy keeps.
    if (PART_MISSING.test(this.state.error.message))
      return (
        <main className="crash" role="alert">
          <h1>This page is out of date</h1>
          <p>
            A newer version of the app was published since this tab opened, and a part of the old one is no
            longer available. Reload to get the new version; copy anything you pasted first, as a reload
            starts afresh.
          </p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </main>
      );
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong</h1>
        <p>The page hit an error it could not recover from: {this.state.error.message}</p>
        <p>Nothing you pasted was sent anywhere. Resetting clears the search, filters and open entry.</p>
        <button type="button" onClick={this.reset}>
          Reset
        </button>
      </main>
    );
  }
}
