import { Component, type ReactNode } from 'react';

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
