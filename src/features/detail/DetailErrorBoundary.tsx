import { Component, type ReactNode } from "react";

/**
 * A report's text comes from its detail shard, fetched when the report opens; if that fails, the
 * dialog shows `fallback` instead of taking the dashboard down with it. A new `key` tries again.
 */
export class DetailErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
