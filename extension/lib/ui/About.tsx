import { extensionVersion, PRIVACY_URL } from '../about.ts';

/** The extension's and the evaluator's versions and the privacy policy, one line (popup and dashboard). */
export function About({ evaluatorVersion }: { evaluatorVersion: string | undefined }) {
  return (
    <p class="about" data-testid="about">
      学时通扩展 <span data-version="extension">{extensionVersion()}</span> · 核算规则{' '}
      <span data-version="evaluator">{evaluatorVersion ?? '…'}</span> ·{' '}
      <a href={PRIVACY_URL} target="_blank" rel="noreferrer">
        隐私政策
      </a>
    </p>
  );
}
