import { useEffect, useId, useState } from 'preact/hooks';
import {
  NOTICE_HEADERS,
  NOTICE_IDS,
  type Profile,
  type ProfileNotice,
  type Query,
  ROUTE_LABELS,
  SECTOR_LABELS,
  TITLE_LEVEL_LABELS,
  TITLE_LEVELS,
  type TitleLevel,
} from './core.ts';

export interface NoticeOption {
  id: ProfileNotice;
  label: string;
}

/** Every notice as a choice: “山东省青岛市”写作“青岛市 2023（QD23）”，选择框在窄屏上放得下。 */
export const NOTICE_OPTIONS: readonly NoticeOption[] = [
  ...NOTICE_IDS.map((id) => ({
    id,
    label: `${NOTICE_HEADERS[id].region.replace(/^.+?省(?=.+市)/, '')} ${NOTICE_HEADERS[id].date.slice(0, 4)}（${id}）`,
  })),
  // 其他地区：按使用者自己填写的要求核算（网站和扩展都有填写表单 UserRequirementForm）。
  { id: 'USER', label: '其他地区（自己填写要求）' },
];

/** 选择通知的下拉框；还没有选时先显示“请选择…”，选到空项不触发 onChange。 */
export function NoticeSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value: ProfileNotice | undefined;
  onChange(notice: ProfileNotice): void;
}) {
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => {
        const v = e.currentTarget.value;
        if (v) onChange(v as ProfileNotice);
      }}
    >
      {value ? null : <option value="">请选择…</option>}
      {NOTICE_OPTIONS.map((n) => (
        <option key={n.id} value={n.id}>
          {n.label}
        </option>
      ))}
    </select>
  );
}

export interface QueryFormProps {
  profile: Profile;
  query: Query;
  onChange(profile: Profile, query: Query): void;
  /** 所选通知有规定的申报方式（评审之外）；不传则全部列出。 */
  routes?: readonly string[] | undefined;
}

type Route = keyof typeof ROUTE_LABELS;
// 认定、转系列只有青海的通知有规定，选项上注明。
const ROUTES = (Object.keys(ROUTE_LABELS) as Route[]).map((value) => ({
  value,
  label: value === 'recognition' || value === 'switch' ? `${ROUTE_LABELS[value]}（青海）` : ROUTE_LABELS[value],
}));

// 不选行业时，有些规则（宁夏授课折算、青海疫情一线）会问：所以“一般”也是一个明确的选择。
const SECTORS = [
  { value: '', label: '未选择' },
  ...Object.entries(SECTOR_LABELS).map(([value, label]) => ({ value, label })),
];

/** “2015—2017”“2015-2017”这类年度范围；不合格时 undefined。 */
function yearSpan(text: string): { firstYear: number; lastYear: number } | undefined {
  const m = /^(\d{4})\s*[-—–~至到]\s*(\d{4})$/.exec(text.trim());
  const a = Number(m?.[1]);
  const b = Number(m?.[2]);
  return m && a >= 1990 && b <= 2100 && a <= b ? { firstYear: a, lastYear: b } : undefined;
}

/**
 * 可不填的年度字段（取得现职称的年度、任期）：不合格时提示，不改动资料。
 * 输入框的文字随资料同步：导入、撤销、恢复后显示的是核算所用的值，而不是先前输入的。
 */
function YearsField<T>({
  id,
  label,
  value,
  show,
  parse,
  error,
  help,
  numeric,
  onChange,
}: {
  id: string;
  label: string;
  value: T | undefined;
  show(v: T): string;
  parse(text: string): T | undefined;
  error: string;
  help: string;
  numeric?: boolean;
  onChange(v: T | undefined): void;
}) {
  const shown = value === undefined ? '' : show(value);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const bad = text.trim() !== '' && parse(text) === undefined;
  return (
    <div class={`xs-field${bad ? ' xs-invalid' : ''}`}>
      <label for={id}>
        {label}
        <span class="xs-unit">（可不填）</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        placeholder={numeric ? undefined : '如 2015—2017'}
        value={text}
        aria-invalid={bad ? 'true' : undefined}
        aria-describedby={`${id}-help`}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setText(v);
          const p = parse(v);
          if (p !== undefined || v.trim() === '') onChange(p);
        }}
      />
      <p class={bad ? 'xs-error' : 'xs-help'} id={`${id}-help`}>
        {bad ? error : help}
      </p>
    </div>
  );
}

/** 选择通知与查询：某一年度，或一次职称申报（级别、年度、方式）。 */
export function QueryForm({ profile, query, onChange, routes }: QueryFormProps) {
  const uid = useId();
  const [yearText, setYearText] = useState(String(query.year));
  const [yearError, setYearError] = useState<string | undefined>();
  // 外部改变查询（导入、恢复）时同步输入框。
  useEffect(() => {
    setYearText(String(query.year));
    setYearError(undefined);
  }, [query.year]);

  const level: TitleLevel = query.kind === 'application' ? query.level : (profile.applyingFor ?? 'intermediate');
  const route: Route = query.kind === 'application' ? query.route : 'review';
  const setQuery = (q: Query) => onChange(profile, q);
  const setKind = (kind: 'year' | 'application') =>
    setQuery(kind === 'year' ? { kind, year: query.year } : { kind, year: query.year, level, route });
  const onYear = (text: string) => {
    setYearText(text);
    const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    if (!/^\d{4}$/.test(t) || Number(t) < 1990 || Number(t) > 2100) {
      setYearError('年度应为 1990 到 2100 之间的四位数字，如 2023');
      return;
    }
    setYearError(undefined);
    setQuery({ ...query, year: Number(t) });
  };

  return (
    <fieldset class="xs-query">
      <legend>核算什么</legend>
      <div class="xs-fields">
        <div class="xs-field">
          <label for={`${uid}-notice`}>适用的通知（地区）</label>
          <NoticeSelect
            id={`${uid}-notice`}
            value={profile.notice}
            onChange={(notice) => onChange({ ...profile, notice }, query)}
          />
        </div>
        <div class="xs-field" role="radiogroup" aria-labelledby={`${uid}-kind`}>
          <span id={`${uid}-kind`} class="xs-label">
            问题
          </span>
          <label class="xs-radio">
            <input type="radio" name={`${uid}-kind`} checked={query.kind === 'year'} onChange={() => setKind('year')} />
            某一年度的学时够不够
          </label>
          <label class="xs-radio">
            <input
              type="radio"
              name={`${uid}-kind`}
              checked={query.kind === 'application'}
              onChange={() => setKind('application')}
            />
            申报职称时学时够不够
          </label>
        </div>
        <div class={`xs-field${yearError ? ' xs-invalid' : ''}`}>
          <label for={`${uid}-year`}>{query.kind === 'year' ? '年度' : '申报年度'}</label>
          <input
            id={`${uid}-year`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={yearText}
            aria-invalid={yearError ? 'true' : undefined}
            aria-describedby={yearError ? `${uid}-year-err` : undefined}
            onInput={(e) => onYear(e.currentTarget.value)}
          />
          {yearError ? (
            <p class="xs-error" id={`${uid}-year-err`}>
              {yearError}
            </p>
          ) : null}
        </div>
        <div class="xs-field">
          <label for={`${uid}-asof`}>
            截至日期<span class="xs-unit">（可不填，默认今天）</span>
          </label>
          <input
            id={`${uid}-asof`}
            type="date"
            min="1990-01-01"
            max="2100-12-31"
            value={query.asOf ?? ''}
            aria-describedby={`${uid}-asof-help`}
            onChange={(e) => {
              const { asOf: _, ...rest } = query;
              const v = e.currentTarget.value;
              setQuery(v ? { ...rest, asOf: v } : rest);
            }}
          />
          <p class="xs-help" id={`${uid}-asof-help`}>
            这一天以后才完成、结题的不计入；申报职称时填申报日期
          </p>
        </div>
        {query.kind === 'application' ? (
          <>
            <div class="xs-field">
              <label for={`${uid}-level`}>申报的职称级别</label>
              <select
                id={`${uid}-level`}
                value={level}
                onChange={(e) => setQuery({ ...query, level: e.currentTarget.value as TitleLevel })}
              >
                {TITLE_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {TITLE_LEVEL_LABELS[l]}
                  </option>
                ))}
              </select>
            </div>
            <div class="xs-field">
              <label for={`${uid}-route`}>申报方式</label>
              <select
                id={`${uid}-route`}
                value={route}
                onChange={(e) => setQuery({ ...query, route: e.currentTarget.value as Route })}
              >
                {ROUTES.filter(
                  (r) => !routes || r.value === 'review' || r.value === route || routes.includes(r.value),
                ).map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            {/* 取得现职称的年度：审验期可能因此更短（如 QD23-WINDOW 的“实际年限”）。 */}
            <YearsField
              id={`${uid}-since`}
              label="取得现职称的年度"
              value={profile.currentTitle?.since}
              show={String}
              parse={(t) => (/^\d{4}$/.test(t.trim()) && +t >= 1990 && +t <= 2100 ? +t : undefined)}
              error="应为四位年份，如 2019；不知道可以不填"
              help="任职年限不足审验年数时，从这一年算起"
              numeric
              onChange={(since) => {
                const next: Profile = { ...profile };
                if (since === undefined) {
                  if (next.currentTitle) next.currentTitle = { level: next.currentTitle.level };
                } else next.currentTitle = { level: profile.currentTitle?.level ?? 'none', since };
                onChange(next, query);
              }}
            />
            <div class="xs-field xs-check">
              <input
                id={`${uid}-doc`}
                type="checkbox"
                checked={profile.doctorate}
                onChange={(e) => onChange({ ...profile, doctorate: e.currentTarget.checked }, query)}
              />
              <label for={`${uid}-doc`}>已取得博士学位</label>
            </div>
            {profile.notice === 'WH19' || profile.notice === 'LY17' ? (
              // 任期（评审）或上一聘期（聘任）的起止年度：威海 2018 年以前按任期平均；评审不填时从取得现职称的年度算起，聘任必填（past-years.ts）。
              <YearsField
                id={`${uid}-term`}
                label="任期或上一聘期"
                value={profile.term}
                show={(t) => `${t.firstYear}—${t.lastYear}`}
                parse={yearSpan}
                error="应为起止年度，如 2015—2017"
                help="聘任必填；评审不填时从取得现职称的年度算到申报年度"
                onChange={(term) => {
                  const { term: _, ...rest } = profile;
                  onChange(term ? { ...rest, term } : rest, query);
                }}
              />
            ) : null}
          </>
        ) : null}
        {profile.notice === 'LY17' ? (
          <div class="xs-field">
            <label for={`${uid}-aff`}>单位隶属</label>
            <select
              id={`${uid}-aff`}
              value={profile.affiliation ?? ''}
              onChange={(e) => {
                const { affiliation: _, ...rest } = profile;
                const v = e.currentTarget.value as 'city' | 'county' | '';
                onChange(v ? { ...rest, affiliation: v } : rest, query);
              }}
            >
              <option value="">未选择</option>
              <option value="city">市属单位</option>
              <option value="county">县区所属单位</option>
            </select>
          </div>
        ) : null}
        <div class="xs-field">
          <label for={`${uid}-sector`}>行业</label>
          <select
            id={`${uid}-sector`}
            value={profile.sector ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              const next: Profile = { ...profile };
              if (v) next.sector = v as NonNullable<Profile['sector']>;
              else delete next.sector;
              onChange(next, query);
            }}
          >
            {SECTORS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {profile.notice === 'NX19' || profile.seriesRequiresExams === false ? (
          <div class="xs-field xs-check">
            <input
              id={`${uid}-exams`}
              type="checkbox"
              checked={profile.seriesRequiresExams === false}
              onChange={(e) => {
                const next: Profile = { ...profile };
                if (e.currentTarget.checked) next.seriesRequiresExams = false;
                else delete next.seriesRequiresExams;
                onChange(next, query);
              }}
            />
            <label for={`${uid}-exams`}>所在职称系列不要求职称外语和计算机考试（宁夏）</label>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
