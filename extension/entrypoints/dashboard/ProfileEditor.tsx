import { NOTICE_HEADERS, type Profile, TITLE_LEVEL_LABELS, TITLE_LEVELS, type TitleLevel } from '@xueshi/core';
import { NoticeSelect } from '@xueshi/site/ui';
import { useId } from 'preact/hooks';
import { NOTICE_CHOICES, NOTICES_WITH_GAPS } from '../../lib/notice-choices.ts';
import { UserRequirementForm } from './UserRequirementForm.tsx';

/** The profile fields the rules ask about; every change is saved at once. */
export function ProfileEditor({ profile, onChange }: { profile: Profile | undefined; onChange(p: Profile): void }) {
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
          notices={NOTICE_CHOICES}
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
      <OwnRequirement profile={p} onChange={onChange} />
    </>
  );
}

/**
 * 其他地区: the requirement the person states. Under QH20 / NX19 (or whenever figures were stated
 * before): the years and applications the notice leaves without figures, labelled as the person's.
 */
function OwnRequirement({ profile: p, onChange }: { profile: Profile; onChange(p: Profile): void }) {
  const user = p.notice === 'USER';
  if (!user && !NOTICES_WITH_GAPS.includes(p.notice) && !p.userRequirement) return null;
  const save = (userRequirement: Profile['userRequirement']) => {
    const { userRequirement: _old, ...rest } = p;
    onChange(userRequirement ? { ...rest, userRequirement } : rest);
  };
  return (
    <section class="own-requirement" aria-labelledby="own-req-h">
      <h3 id="own-req-h">{user ? '其他地区：你所在地区的要求' : `${p.notice} 通知没有规定的年度：自己填写`}</h3>
      <p class="hint">
        {user
          ? '学时通没有收录你所在地区的通知：按你填写的数字核算，结果会标明“按你填写的要求核算”。'
          : '通知没有规定学时数的年度（或申报），可以按你所在地区的文件填写；那些年度的结果会标明是按你填写的要求核算的。'}
      </p>
      <UserRequirementForm
        key={`${p.notice}:${JSON.stringify(p.userRequirement ?? null)}`}
        mode={user ? 'user' : 'gaps'}
        value={p.userRequirement}
        region={user ? '' : (NOTICE_HEADERS[p.notice]?.region ?? '')}
        onSave={save}
      />
    </section>
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
