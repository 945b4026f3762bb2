import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core';
import {
  addDays,
  addMonths,
  computeDeadline,
  deadlineOf,
  deadlineStatus,
  isIsoDate,
  latestDue,
  reformDates,
} from '../../../server/src/core/deadline';
import { toJsonFileReport } from '../../../server/src/core/report/json';
import { frenchDateOfIso } from '../../../server/src/core/rules/common/dates';

const root = join(__dirname, '..', '..', '..');

describe('core/deadline', () => {
  describe('calendar arithmetic', () => {
    it('adds months on the same day of the month', () => {
      assert.equal(addMonths('2019-11-05', 2), '2020-01-05');
      assert.equal(addMonths('2025-11-04', 2), '2026-01-04');
      assert.equal(addMonths('2024-12-15', 1), '2025-01-15');
    });

    it('ends on the last day of a shorter month (end of month, leap years)', () => {
      assert.equal(addMonths('2019-12-31', 2), '2020-02-29', '2020 is a leap year');
      assert.equal(addMonths('2020-12-31', 2), '2021-02-28');
      assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
      assert.equal(addMonths('2100-01-29', 1), '2100-02-28', '2100 is not a leap year');
      assert.equal(addMonths('2000-01-30', 1), '2000-02-29', '2000 is a leap year');
      assert.equal(addMonths('2025-08-31', 1), '2025-09-30');
      assert.equal(addMonths('2019-05-31', 1), '2019-06-30');
    });

    it('adds days across months and years', () => {
      assert.equal(addDays('2025-07-08', 10), '2025-07-18');
      assert.equal(addDays('2024-02-25', 10), '2024-03-06');
      assert.equal(addDays('2023-02-25', 10), '2023-03-07');
      assert.equal(addDays('2025-12-27', 10), '2026-01-06');
    });

    it('accepts only real ISO dates', () => {
      assert.ok(isIsoDate('2020-02-29'));
      assert.ok(!isIsoDate('2021-02-29'));
      assert.ok(!isIsoDate('2021-13-01'));
      assert.ok(!isIsoDate('5 novembre 2019'));
    });

    it('writes dates in French', () => {
      assert.equal(frenchDateOfIso('2020-01-05'), '5 janvier 2020');
      assert.equal(frenchDateOfIso('2021-03-01'), '1er mars 2021');
    });
  });

  describe('Assemblée nationale (article 135)', () => {
    it('gives the seed (published 5 November 2019) two months, no extension: 2020-01-05', () => {
      const deadline = computeDeadline({ chambre: 'AN', published: '2019-11-05' });
      assert.deepEqual(
        { published: deadline?.published, due: deadline?.due, extendedDue: deadline?.extendedDue },
        { published: '2019-11-05', due: '2020-01-05', extendedDue: null },
      );
      assert.match(deadline!.basis, /Article 135.*Règlement de l’Assemblée nationale.*deux mois/);
      assert.equal(latestDue(deadline!), '2020-01-05');
    });

    it('gives a question published before the 2014 reform one month, extensible by one month', () => {
      const deadline = computeDeadline({ chambre: 'AN', published: '2014-01-31' });
      assert.equal(deadline?.due, '2014-02-28');
      assert.equal(deadline?.extendedDue, '2014-03-31');
      assert.match(deadline!.basis, /^Article 135 du Règlement de l’Assemblée nationale \(rédaction antérieure à la résolution du 28 novembre 2014\)/);
    });

    it('gives a question of 2016 (between the 2014 and 2019 reforms) two months, no extension', () => {
      // The two months came with the résolution of 28 November 2014; the 2019 reform did not change them.
      const deadline = computeDeadline({ chambre: 'AN', published: '2016-03-15' });
      assert.equal(deadline?.due, '2016-05-15');
      assert.equal(deadline?.extendedDue, null);
      assert.match(deadline!.basis, /résolution du 28 novembre 2014.*deux mois/);
    });

    it('switches rules on the reform date, not a day before', () => {
      const day = reformDates.AN;
      assert.equal(computeDeadline({ chambre: 'AN', published: addDays(day, -1) })?.extendedDue, addMonths(addDays(day, -1), 2));
      assert.equal(computeDeadline({ chambre: 'AN', published: day })?.extendedDue, null);
    });

    it('gives a question signalée ten days from its signalement', () => {
      const deadline = computeDeadline({ chambre: 'AN', published: '2025-03-04', signalee: true, signalement: '2025-07-08' });
      assert.deepEqual(
        { published: deadline?.published, due: deadline?.due, extendedDue: deadline?.extendedDue },
        { published: '2025-07-08', due: '2025-07-18', extendedDue: null },
      );
      assert.match(deadline!.basis, /Article 135.*dix jours/);
    });

    it('keeps the ordinary deadline of a question signalée whose signalement date is unknown', () => {
      assert.equal(computeDeadline({ chambre: 'AN', published: '2025-03-04', signalee: true })?.due, '2025-05-04');
    });
  });

  describe('Sénat (article 75)', () => {
    it('gives a question published before its 2019 reform one month, extensible by one month', () => {
      const deadline = computeDeadline({ chambre: 'SENAT', published: '2018-10-31' });
      assert.equal(deadline?.due, '2018-11-30');
      assert.equal(deadline?.extendedDue, '2018-12-31');
      assert.match(deadline!.basis, /Article 75 du Règlement du Sénat/);
    });

    it('gives a question published since the reform two months without extension', () => {
      const deadline = computeDeadline({ chambre: 'SENAT', published: '2023-12-30' });
      assert.equal(deadline?.due, '2024-02-29');
      assert.equal(deadline?.extendedDue, null);
      assert.match(deadline!.basis, /Article 75, alinéa 2, du Règlement du Sénat/);
    });

    it('has no ten-day rule for a question signalée (the AN procedure)', () => {
      assert.equal(computeDeadline({ chambre: 'SENAT', published: '2023-01-10', signalee: true, signalement: '2023-02-01' })?.due, '2023-03-10');
    });
  });

  it('is null without a valid publication date or a chamber', () => {
    assert.equal(computeDeadline({ chambre: 'AN' }), null);
    assert.equal(computeDeadline({ chambre: 'AN', published: '2019-02-30' }), null);
    assert.equal(computeDeadline({ published: '2019-11-05' }), null);
  });

  describe('status on a given day', () => {
    const deadline = computeDeadline({ chambre: 'AN', published: '2014-01-10' })!;
    it('counts down, then the extension, then overdue', () => {
      assert.equal(deadlineStatus(deadline, '2014-01-20', false).state, 'pending');
      assert.equal(deadlineStatus(deadline, '2014-02-05', false).state, 'soon');
      assert.equal(deadlineStatus(deadline, '2014-02-10', false).label, 'échéance le 10 février 2014 (aujourd’hui)');
      assert.equal(deadlineStatus(deadline, '2014-02-11', false).state, 'extension');
      const late = deadlineStatus(deadline, '2014-03-15', false);
      assert.equal(late.state, 'overdue');
      assert.equal(late.days, -5);
      assert.equal(deadlineStatus(deadline, '2014-03-15', true).state, 'answered');
    });
  });

  describe('real records', () => {
    const folder = join(root, 'data', 'corpus', 'an-17', 'raw');
    const records = readdirSync(folder).filter((name) => name.endsWith('.json'));

    it('reads the publication date and chamber of every AN open-data record of the 17th legislature', () => {
      assert.ok(records.length >= 10);
      for (const name of records) {
        const text = readFileSync(join(folder, name), 'utf8');
        const record = JSON.parse(text) as { question: { textesQuestion: { texteQuestion: { infoJO: { dateJO: string } } } } };
        const published = record.question.textesQuestion.texteQuestion.infoJO.dateJO;
        const deadline = deadlineOf(analyze(text).document.metadata);
        assert.ok(deadline, name);
        if (deadline.basis.includes('dix jours')) continue;
        assert.equal(deadline.published, published, name);
        assert.equal(deadline.due, addMonths(published, 2), name);
        assert.equal(deadline.extendedDue, null, name);
      }
    });

    it('dates the signalement of QANR5L17QE4679 from its JO publication (8 July 2025 → 18 July 2025)', () => {
      const text = readFileSync(join(folder, 'QANR5L17QE4679.json'), 'utf8');
      const analysis = analyze(text);
      assert.equal(analysis.document.metadata.signalement?.date, '2025-07-08');
      assert.deepEqual(toJsonFileReport('x.json', analysis).deadline?.due, '2025-07-18');
    });

    it('puts the deadline of the seed page export in the JSON report', () => {
      const text = readFileSync(join(root, 'data', 'seeds', 'qe-15-24191.md'), 'utf8');
      const report = toJsonFileReport('qe-15-24191.md', analyze(text));
      assert.equal(report.deadline?.published, '2019-11-05');
      assert.equal(report.deadline?.extendedDue ?? report.deadline?.due, '2020-01-05');
    });

    it('reports null without a publication date', () => {
      const report = toJsonFileReport('x.qe.md', analyze('---\nchambre: AN\n---\n\n# Question\n\nM. X interroge Mme la ministre sur Y.\n\n# Réponse\n\nZ.\n'));
      assert.equal(report.deadline, null);
    });
  });
});
