import { Component, type ReactNode } from 'react';
import type { UiText } from '../ui/text/en.ts';

// How browsers word a module that failed to load (Chromium, Firefox, Safari).
const PART_MISSING =
  /dynamically imported module|error loading dynamically imported|Importing a module script failed|Unable to preload/i;

interface State {
  error: Error | undefined;
}

/** Shows what went wrong, and a way back, instead of a blank page when rendering fails. */
export class ErrorBoundary extends Component<{ children: ReactNode; text: UiText['app'] }, State> {
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
          <h1>{this.props.text.outOfDate.heading}</h1>
          <p>{this.props.text.outOfDate.body}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {this.props.text.outOfDate.reload}
          </button>
        </main>
      );
    return (
      <main className="crash" role="alert">
        <h1>{this.props.text.crash.heading}</h1>
        <p>{this.props.text.crash.body(this.state.error.message)}</p>
        <p>{this.props.text.crash.reassure}</p>
        <button type="button" onClick={this.reset}>
          {this.props.text.crash.reset}
        </button>
      </main>
    );
  }
}
