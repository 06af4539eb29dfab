import { type Profile, type Query, TITLE_LEVEL_LABELS, TITLE_LEVELS, type TitleLevel } from '@xueshi/core';
import { NoticeSelect, UserRequirementForm } from '@xueshi/site/ui';
import { useId, useState } from 'preact/hooks';
import { NOTICES_WITH_GAPS } from '../../lib/notice-choices.ts';

/**
 * The profile fields the rules ask about; every change is saved at once. `question`: the kind of
 * question asked under 核算结果 (a notice's gaps ask only for yearly figures when it is a year).
 */
export function ProfileEditor({
  profile,
  question,
  onChange,
}: {
  profile: Profile | undefined;
  question?: Query['kind'];
  onChange(p: Profile): void;
}) {
  const id = useId();
  // First the notice: nothing can be evaluated without it. Once chosen, it is changed together
  // with the question, under 核算结果.
  if (!profile) {
    return (
      <div class="field">
        <label for={`${id}-notice`}>适用的地区通知</label>
        <NoticeSelect
          id={`${id}-notice`}
          value={undefined}
          onChange={(notice) => onChange({ notice, doctorate: false })}
        />
      </div>
    );
  }
  const p = profile;
  const set = (patch: Partial<Profile>) => onChange({ ...p, ...patch });
  const level = (v: string) => (v === '' ? undefined : (v as TitleLevel));
  return (
    <>
      <div class="grid">
        <div class="field">
          <label for={`${id}-name`}>姓名（可不填）</label>
          <input
            id={`${id}-name`}
            value={p.name ?? ''}
            onChange={(e) => set({ name: e.currentTarget.value || undefined })}
            autoComplete="off"
          />
        </div>
        <div class="field">
          <label for={`${id}-current`}>现有职称</label>
          <select
            id={`${id}-current`}
            value={p.currentTitle?.level ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ currentTitle: v ? { ...p.currentTitle, level: v as TitleLevel | 'none' } : undefined });
            }}
          >
            <option value="">（不填）</option>
            <option value="none">无</option>
            <TitleLevelOptions />
          </select>
        </div>
        <div class="field">
          <label for={`${id}-applying`}>拟申报的职称级别</label>
          <select
            id={`${id}-applying`}
            value={p.applyingFor ?? ''}
            onChange={(e) => set({ applyingFor: level(e.currentTarget.value) })}
          >
            <option value="">（不申报）</option>
            <TitleLevelOptions />
          </select>
        </div>
        <div class="field check">
          <input
            id={`${id}-doctorate`}
            type="checkbox"
            checked={p.doctorate}
            onChange={(e) => set({ doctorate: e.currentTarget.checked })}
          />
          <label for={`${id}-doctorate`}>已取得博士学位</label>
        </div>
        <div class="field check">
          <input
            id={`${id}-exams`}
            type="checkbox"
            checked={p.seriesRequiresExams === true}
            onChange={(e) => set({ seriesRequiresExams: e.currentTarget.checked })}
          />
          <label for={`${id}-exams`}>所在职称系列要求职称外语和计算机考试</label>
        </div>
      </div>
      <OwnRequirement profile={p} yearsOnly={p.notice !== 'USER' && question !== 'application'} onChange={onChange} />
    </>
  );
}

/**
 * 其他地区: the requirement the person states — the site calculator's own form. Under QH20 / NX19
 * (or whenever figures were stated before): the years the notice leaves without figures, labelled
 * as the person's (with an application question, the whole form, as on the site). Saving goes to
 * the extension's store; the dashboard makes a saved change undoable.
 */
function OwnRequirement(props: { profile: Profile; yearsOnly: boolean; onChange(p: Profile): void }) {
  const { profile: p, onChange } = props;
  // Dropping unsaved edits: a fresh form from what is saved.
  const [fresh, setFresh] = useState(0);
  if (p.notice !== 'USER' && !NOTICES_WITH_GAPS.includes(p.notice) && !p.userRequirement) return null;
  const save = (userRequirement: Profile['userRequirement']) => {
    const { userRequirement: _old, ...rest } = p;
    onChange(userRequirement ? { ...rest, userRequirement } : rest);
  };
  return (
    <div class="xs-calc own-requirement" data-testid="own-requirement">
      <UserRequirementForm key={fresh} value={p.userRequirement} yearsOnly={props.yearsOnly} onChange={save} />
      <button type="button" onClick={() => setFresh(fresh + 1)}>
        放弃未保存的修改
      </button>
    </div>
  );
}

const TitleLevelOptions = () => (
  <>
    {TITLE_LEVELS.map((l) => (
      <option key={l} value={l}>
        {TITLE_LEVEL_LABELS[l]}
      </option>
    ))}
  </>
);
