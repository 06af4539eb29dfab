/**
 * 选“其他地区”时可以从这里开始的几套要求。它们不是学时通收录的通知：每套都写明数字从哪里来，
 * 使用者要对照自己手里的文件确认（或修改）后才用于核算。
 *
 * 国家规定的数字取自 NAT15 的要求，不另写一份；各省的数字是项目需求（issue 14）和所注出处给出的，
 * 学时通没有这些文件的原文，所以出处里写明“请核对”。数字不明的地方留空（`blanks`），由使用者补填，不猜。
 */
import type { UserRequirement } from '../../ledger/schema.ts';
import { nationalRequirement } from '../NAT15/params.ts';

export interface UserPreset {
  id: 'national' | 'jiangsu' | 'guangdong' | 'hunan';
  /** 选项上的文字。 */
  label: string;
  requirement: UserRequirement;
  /** 使用前要确认的话：数字的来历、哪里可能不同。 */
  confirm: string;
  /** 还要使用者补填的数字（说明文字）；为空时可以直接确认使用。 */
  blanks: string[];
}

/** 国家规定生效后的第一个完整年度（人社部令第25号 2015 年 10 月 1 日起施行）。 */
const NATIONAL_FROM = 2016;
const { total: natTotal, professional: natProfessional } = nationalRequirement(NATIONAL_FROM) ?? {};
const NATIONAL_SOURCE = '人社部令第25号《专业技术人员继续教育规定》第八条';

const national: UserPreset = {
  id: 'national',
  label: '国家规定（每年 90 学时，专业不少于三分之二）',
  requirement: {
    region: '全国（国家规定）',
    source: NATIONAL_SOURCE,
    years: [{ from: NATIONAL_FROM, total: natTotal, professional: natProfessional }],
  },
  confirm: `按${NATIONAL_SOURCE}：每年累计不少于 ${natTotal} 学时，专业科目一般不少于三分之二（${natProfessional} 学时），公需不设下限。所在省市另有规定的，请确认后改成当地的数字。`,
  blanks: [],
};

const jiangsu: UserPreset = {
  id: 'jiangsu',
  label: '江苏（2021 年及以前 72 学时，2022 年起 90 学时）',
  requirement: {
    region: '江苏省',
    source: '学时通需求说明所列的江苏要求（未收录原文，请核对当地文件）',
    years: [
      { from: 2016, to: 2021, public: 24, professional: 48, total: 72 },
      { from: 2022, public: 30, professional: 60, total: 90 },
    ],
  },
  confirm:
    '2021 年及以前每年 72 学时（公共科目 24、专业科目 48），2022 年起 90 学时（公需 30、专业 60）。学时通没有江苏文件的原文，72 学时从哪一年开始也请按你手里的文件确认。',
  // 72 学时从哪一年起，需求说明没有讲：先填 2016（国家规定施行后的第一个完整年度），请使用者核对。
  blanks: ['72 学时一段从哪一年开始（第 1 段的“从”，先填了 2016）'],
};

const guangdong: UserPreset = {
  id: 'guangdong',
  label: '广东（2021 年起：公需 30、专业 42、选修 18）',
  requirement: {
    region: '广东省',
    source: '学时通需求说明所列的广东要求（从 2021 年起；未收录原文，请核对广东省人社厅的通知）',
    years: [{ from: 2021, public: 30, professional: 42, elective: 18, total: 90 }],
  },
  confirm:
    '从 2021 年起每年累计不少于 90 学时：公需科目不少于 30、专业科目不少于 42、个人选修不少于 18。学时通没有收录原文，请对照广东省人社厅的通知确认；2020 年及以前的要求请自己补一段。',
  blanks: [],
};

const hunan: UserPreset = {
  id: 'hunan',
  label: '湖南式审验（申报前 5 个年度累计，高级职称）',
  requirement: {
    region: '湖南省',
    source: '学时通需求说明所举的湖南审验办法（2025 年申报高级审验 2020—2024 年；未收录原文，请核对）',
    years: [{ from: NATIONAL_FROM, total: natTotal, professional: natProfessional }],
    windows: [{ levels: ['associate-senior', 'full-senior'], years: 5, includeApplicationYear: false, test: 'total' }],
  },
  confirm:
    '只有审验的办法：申报高级职称时，审验申报当年之前的 5 个年度（如 2025 年申报审验 2020—2024 年），按累计学时判断。累计要多少学时学时通不知道，请按你的文件填写；每年的要求先按国家规定，请确认。',
  blanks: ['审验期累计不少于多少学时（高级职称）'],
};

export const USER_PRESETS: readonly UserPreset[] = [national, jiangsu, guangdong, hunan];
