// Machine output names files with forward slashes whatever the OS (issue 9, item 7): the helper,
// and the three places where paths enter JSON — themes --json, report JSON and the build's data.
import { win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinSet } from '../../src/content/load-question-set.js';
import { toPosixPath } from '../../src/files/posix-path.js';
import { nl } from '../../src/i18n/nl/index.js';
import { renderReportJson } from '../../src/render/report/json.js';
import { themesJson } from '../../src/render/theme-list.js';
import { reportSet } from '../fixtures/report/question-set.js';
import { buildSingle, buildTeam, earlier, fixture, naming } from '../report/helpers.js';

describe('toPosixPath', () => {
  it.each([
    ['win32', win32.join('questions', 'nl', 'beleid.yaml'), 'questions/nl/beleid.yaml'],
    ['win32', 'C:\\Users\\Anaïs\\OneDrive - Vzw De Brug\\team\\an.yaml', 'C:/Users/Anaïs/OneDrive - Vzw De Brug/team/an.yaml'],
    ['win32', '..\\team/an.yaml', '../team/an.yaml'],
    ['win32', 'an.yaml', 'an.yaml'],
    // On Linux and macOS a backslash is part of a file name: it stays.
    ['linux', 'team\\an.yaml', 'team\\an.yaml'],
    ['darwin', 'team/an.yaml', 'team/an.yaml'],
  ] as const)('%s: %s → %s', (platform, path, expected) => {
    expect(toPosixPath(path, platform)).toBe(expected);
  });
});

describe('paths in machine output, built on Windows', () => {
  it('themes --json: each theme file with forward slashes', () => {
    const set = loadBuiltinSet('nl', nl);
    const windows = { ...set, themes: set.themes.map((t) => ({ ...t, file: win32.join('eigen themas', `${t.group}.yaml`) })) };
    const files = themesJson(windows, ['beleid', 'werking'], 'win32').groups.flatMap((g) => g.themes.map((t) => t.file));
    expect(new Set(files)).toEqual(new Set(['eigen themas/beleid.yaml', 'eigen themas/werking.yaml']));
  });

  const earlierFile = { answers: earlier().answers, participant: 'An Peeters', file: 'vorig jaar\\an.yaml' };

  it('report JSON of one file: the file and the earlier file with forward slashes', () => {
    const report = buildSingle({ ...fixture('team/an.yaml'), file: 'team\\an.yaml' }, { set: reportSet, naming: naming(), earlier: earlierFile });
    const json = JSON.parse(renderReportJson(report, 'nl', 'win32'));
    expect(json.file).toBe('team/an.yaml');
    expect(json.comparison.earlier.file).toBe('vorig jaar/an.yaml');
    expect(report.file).toBe('team\\an.yaml');
  });

  it('report JSON of a team: the participants’ files and the earlier file with forward slashes', () => {
    const inputs = ['an', 'bob'].map((name) => ({ ...fixture(`team/${name}.yaml`), file: `team\\${name}.yaml` }));
    const report = buildTeam(inputs, {
      set: reportSet,
      naming: naming(),
      earlier: earlierFile,
    });
    const json = JSON.parse(renderReportJson(report, 'nl', 'win32'));
    expect(json.participants.map((p: { file: string }) => p.file)).toEqual(['team/an.yaml', 'team/bob.yaml']);
    expect(json.comparison.earlier.file).toBe('vorig jaar/an.yaml');
    // The model itself keeps the OS's form, for messages to people.
    expect(report.participants.map((p) => p.file)).toEqual(['team\\an.yaml', 'team\\bob.yaml']);
    // On Linux the same names stay as they are.
    expect(JSON.parse(renderReportJson(report, 'nl', 'linux')).participants[0].file).toBe('team\\an.yaml');
  });
});
