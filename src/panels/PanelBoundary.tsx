import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/strings';
import type { Locale } from '../model/schema';

type Props = { locale: Locale; onClose: () => void; children: ReactNode };
type State = { message: string | null };

/**
 * Around a panel or dialog: if it fails to render, only it is replaced by a message with
 * a way to close it; the chart, the canvas and saving go on.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    const { message } = this.state;
    if (message === null) return this.props.children;
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
      translate(this.props.locale, key, params);
    return (
      <div
        role="alert"
        className="absolute top-16 right-4 z-40 flex max-w-sm flex-col gap-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 shadow-md"
      >
        <p>{t('panelFailed', { message })}</p>
        <button
          type="button"
          className="self-start rounded-md border border-current px-2 py-0.5 font-medium"
          onClick={() => {
            this.setState({ message: null });
            this.props.onClose();
          }}
        >
          {t('closePanel')}
        </button>
      </div>
    );
  }
}
