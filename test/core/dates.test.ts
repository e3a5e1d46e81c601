import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { unlessWebKit } from '../support/browsers.js';
import { addDays, addMonths, addYears, compareDates, isCalendarDate, today } from '../../src/core/dates.js';

describe('calendar dates', () => {
  it('adds days across month ends, year ends and 29 February', () => {
    expect(addDays('2014-01-31', 1)).to.equal('2014-02-01');
    expect(addDays('2023-12-31', 1)).to.equal('2024-01-01');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2023-02-28', 1)).to.equal('2023-03-01');
    expect(addDays('2024-01-01', 90)).to.equal('2024-03-31');
    expect(addDays('2023-01-01', 90)).to.equal('2023-04-01');
    expect(addDays('2025-03-30', 0)).to.equal('2025-03-30');
  });

  it('adds months within a year and across the year end', () => {
    expect(addMonths('2014-05-20', 3)).to.deep.equal({ date: '2014-08-20', overflow: null });
    expect(addMonths('2023-11-15', 3)).to.deep.equal({ date: '2024-02-15', overflow: null });
    expect(addMonths('2023-12-31', 1)).to.deep.equal({ date: '2024-01-31', overflow: null });
  });

  it('lands on the last day of a short month and names the other reading', () => {
    expect(addMonths('2014-01-31', 3)).to.deep.equal({ date: '2014-04-30', overflow: '2014-05-01' });
    expect(addMonths('2023-11-30', 3)).to.deep.equal({ date: '2024-02-29', overflow: '2024-03-01' });
    expect(addMonths('2022-11-30', 3)).to.deep.equal({ date: '2023-02-28', overflow: '2023-03-01' });
    expect(addMonths('2024-12-31', 2)).to.deep.equal({ date: '2025-02-28', overflow: '2025-03-01' });
    // A deposit on 31 August enters into force on 30 November or 1 December, the same year.
    expect(addMonths('2025-08-31', 3)).to.deep.equal({ date: '2025-11-30', overflow: '2025-12-01' });
  });

  it('adds a year to 29 February: 28 February, with 1 March as the other reading', () => {
    expect(addYears('2024-02-29', 1)).to.deep.equal({ date: '2025-02-28', overflow: '2025-03-01' });
    expect(addYears('2024-02-29', 4)).to.deep.equal({ date: '2028-02-29', overflow: null });
    expect(addYears('2025-03-10', 1)).to.deep.equal({ date: '2026-03-10', overflow: null });
  });

  it('accepts only real days written YYYY-MM-DD', () => {
    for (const good of ['2024-02-29', '2000-02-29', '2013-05-05', '1999-12-31']) expect(isCalendarDate(good), good).to.equal(true);
    for (const bad of ['2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-4-1', '01/02/2024', '2024-02/29', '2024/02-29', '2024-02-29T00:00', '', 20240229, null]) {
      expect(isCalendarDate(bad), String(bad)).to.equal(false);
    }
  });

  it('reads only the digits 0 to 9, not the characters either side of them', () => {
    // '/' and ':' come just before '0' and just after '9': read as digits, '0:' would be month 10.
    for (const bad of ['2024-0:-01', '2024-1/-01', '2024-01-0:', '202:-01-01']) expect(isCalendarDate(bad), bad).to.equal(false);
  });

  it('accepts the years 1900 to 9998, so a deadline a year and a day later still has four digits', () => {
    for (const good of ['1900-01-01', '9998-12-31']) expect(isCalendarDate(good), good).to.equal(true);
    for (const bad of ['1899-12-31', '9999-01-01']) expect(isCalendarDate(bad), bad).to.equal(false);
  });

  it('counts on from a day it computed in 9999, a year after the last day a record may give, and sorts what lies beyond', () => {
    // Six months after 31 December 9998 (another body's limit) ends on 30 June 9999, or 1 July.
    expect(addMonths('9998-12-31', 6)).to.deep.equal({ date: '9999-06-30', overflow: '9999-07-01' });
    // A notice of leaving on that day takes effect on 30 June 9999: the day before is the last to send.
    expect(addDays('9999-06-30', -1)).to.equal('9999-06-29');
    // Five years after 29 February 9996 (the Human Rights Committee's limit) is in 10001: still after every day a record gives.
    expect(addMonths('9996-02-29', 60)).to.deep.equal({ date: '10001-02-28', overflow: '10001-03-01' });
    expect(compareDates('9998-12-31', '10001-03-01')).to.be.lessThan(0);
    expect(compareDates('10001-03-01', '9998-12-31')).to.be.greaterThan(0);
  });

  it('knows the length of every month: its last day is a date, the day after is not', () => {
    // 2023 is a common year; 2100, a century not divisible by 400, is not a leap year.
    const lastDays = ['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30', '2023-05-31', '2023-06-30', '2023-07-31', '2023-08-31', '2023-09-30', '2023-10-31', '2023-11-30', '2023-12-31'];
    for (const last of lastDays) {
      expect(isCalendarDate(last), last).to.equal(true);
      const after = `${last.slice(0, 8)}${Number(last.slice(8)) + 1}`;
      expect(isCalendarDate(after), after).to.equal(false);
    }
    expect(isCalendarDate('2100-02-29')).to.equal(false);
  });

  it('refuses to count from a day that does not exist, saying why', () => {
    // A deadline counted from 29 February 2023 would be a real-looking date built on nothing.
    expect(() => addDays('2023-02-29', 1)).to.throw(RangeError, /Not a calendar date \(YYYY-MM-DD\): "2023-02-29"/);
    expect(() => addMonths('2024-13-01', 3)).to.throw(RangeError, /Not a calendar date/);
  });

  it('compares as the calendar does', () => {
    expect(compareDates('2013-05-04', '2013-05-05')).to.be.lessThan(0);
    expect(compareDates('2013-05-05', '2013-05-05')).to.equal(0);
    expect(compareDates('2014-01-01', '2013-12-31')).to.be.greaterThan(0);
  });

  describe('takes today from the local calendar, not UTC', () => {
    // The machine's own zone may be UTC, where the two calendars never differ.
    const inZone = unlessWebKit('its driver cannot set the page’s time zone');
    afterEach(() => executeServerCommand('timezone', null));

    inZone('behind UTC: late on 31 December is still 31 December there (1 January in UTC)', async () => {
      await executeServerCommand('timezone', 'America/Los_Angeles');
      expect(today(new Date(2025, 11, 31, 23, 30))).to.equal('2025-12-31');
    });

    inZone('ahead of UTC: early on 1 January is already 1 January there (31 December in UTC)', async () => {
      await executeServerCommand('timezone', 'Pacific/Auckland');
      expect(today(new Date(2026, 0, 1, 0, 15))).to.equal('2026-01-01');
    });
  });
});
