import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { GroupLink, groupSize, joinGroup, leaveGroup, postToGroup, type GroupMessage, type GroupMember } from './group.js';
import { LINKS, reactionFor, type Reaction } from './links.js';
import { regionsOf, yearsFilter, yearsOf } from '../lib/link-values.js';

const region = (id: string | null): GroupMessage => ({ type: 'select', kind: 'province', id, regions: id ? [id] : [] });

function recorder(): GroupMember & { got: GroupMessage[] } {
  const got: GroupMessage[] = [];
  return { got, receive: (m) => got.push(m) };
}

describe('group bus', () => {
  it('delivers to every member of the group but the sender, and to no other group', () => {
    const [a, b, c, other] = [recorder(), recorder(), recorder(), recorder()];
    for (const m of [a, b, c]) joinGroup(document, 'bus-1', m);
    joinGroup(document, 'bus-2', other);
    postToGroup(document, 'bus-1', region('CN-GD'), a);
    expect(a.got).to.have.length(0);
    expect(b.got).to.deep.equal([region('CN-GD')]);
    expect(c.got).to.deep.equal([region('CN-GD')]);
    expect(other.got).to.have.length(0);
    for (const m of [a, b, c]) leaveGroup(document, 'bus-1', m);
    leaveGroup(document, 'bus-2', other);
    expect(groupSize(document, 'bus-1')).to.equal(0);
  });

  it('keeps delivering when a member throws or leaves during delivery', () => {
    const last = recorder();
    const leaver: GroupMember = { receive: () => leaveGroup(document, 'bus-3', leaver) };
    const thrower: GroupMember = {
      receive: () => {
        throw new Error('broken view');
      },
    };
    joinGroup(document, 'bus-3', leaver);
    joinGroup(document, 'bus-3', thrower);
    joinGroup(document, 'bus-3', last);
    const warn = console.warn;
    console.warn = () => {};
    try {
      postToGroup(document, 'bus-3', region('CN-HB'), {});
    } finally {
      console.warn = warn;
    }
    expect(last.got).to.have.length(1);
    expect(groupSize(document, 'bus-3')).to.equal(2);
    leaveGroup(document, 'bus-3', thrower);
    leaveGroup(document, 'bus-3', last);
  });

  it('scopes groups to their document', () => {
    const other = document.implementation.createHTMLDocument('other');
    const here = recorder();
    joinGroup(document, 'bus-4', here);
    postToGroup(other, 'bus-4', region('CN-GD'), {});
    expect(here.got).to.have.length(0);
    leaveGroup(document, 'bus-4', here);
  });
});

class LinkedProbe extends LitElement {
  static override properties = { group: { reflect: true } };
  group?: string;
  applied: [Reaction, GroupMessage][] = [];
  link = new GroupLink(this, 'table');
  applyLink(reaction: Reaction, message: GroupMessage) {
    this.applied.push([reaction, message]);
    // A careless element might share what it applies: the controller must swallow it.
    this.link.share(message);
  }
}
customElements.define('linked-probe', LinkedProbe);

describe('GroupLink', () => {
  it('joins on connect, follows `group` changes, leaves on disconnect', async () => {
    const el = document.createElement('linked-probe') as LinkedProbe;
    el.group = 'probe-a';
    document.body.append(el);
    await el.updateComplete;
    expect(groupSize(document, 'probe-a')).to.equal(1);
    el.group = 'probe-b';
    await el.updateComplete;
    expect(groupSize(document, 'probe-a')).to.equal(0);
    expect(groupSize(document, 'probe-b')).to.equal(1);
    el.remove();
    expect(groupSize(document, 'probe-b')).to.equal(0);
  });

  it('hands messages to applyLink with the reaction of the link table, and never echoes them', async () => {
    const a = document.createElement('linked-probe') as LinkedProbe;
    const b = document.createElement('linked-probe') as LinkedProbe;
    a.group = b.group = 'probe-echo';
    document.body.append(a, b);
    await Promise.all([a.updateComplete, b.updateComplete]);
    postToGroup(document, 'probe-echo', region('CN-GD'), {});
    // Each got it once; neither passed it on to the other while applying it.
    expect(a.applied).to.have.length(1);
    expect(b.applied).to.have.length(1);
    expect(a.applied[0][0]).to.equal('filter-region');
    // A signal the table is not linked to is not delivered to applyLink at all.
    postToGroup(document, 'probe-echo', { type: 'select', kind: 'event', id: 'ev', regions: ['CN-HB'] }, {});
    expect(a.applied).to.have.length(1);
    a.remove();
    b.remove();
  });

  it('does nothing without a group', async () => {
    const el = document.createElement('linked-probe') as LinkedProbe;
    document.body.append(el);
    await el.updateComplete;
    expect(el.link.group).to.equal(null);
    el.link.share(region('CN-GD'));
    el.remove();
  });
});

describe('link table', () => {
  it('declares a reaction for every receiver and answers the issue’s links', () => {
    expect(reactionFor('table', region('CN-GD'))).to.equal('filter-region');
    expect(reactionFor('map', { type: 'select', kind: 'park', id: 'p', regions: ['CN-GD'] })).to.equal('select-region');
    expect(reactionFor('timeline', region('CN-GD'))).to.equal('highlight-regions');
    expect(reactionFor('typology', region('CN-GD'))).to.equal('highlight-regions');
    expect(reactionFor('table', { type: 'range', from: 1990, to: 1995, whole: false })).to.equal('filter-years');
    expect(reactionFor('timeline', { type: 'range', from: 1990, to: 1995, whole: false })).to.equal(null);
    for (const receiver of Object.keys(LINKS)) expect(Object.keys(LINKS[receiver as keyof typeof LINKS]).length).to.be.greaterThan(0);
  });

  it('turns ranges into year filters and selections into regions', () => {
    expect(yearsFilter({ type: 'range', from: 1990, to: 1995, whole: false })).to.equal('1990-1995');
    expect(yearsFilter({ type: 'range', from: 1990, to: 1990, whole: false })).to.equal('1990');
    expect(yearsFilter({ type: 'range', from: 1962, to: 2030, whole: true })).to.equal('');
    expect(regionsOf(region(null))).to.deep.equal([]);
    expect(regionsOf({ type: 'select', kind: 'programme', id: 'x', regions: ['CN-SD', '', 'CN-HB'] })).to.deep.equal(['CN-SD', 'CN-HB']);
    expect(yearsOf('1980-03', '2011')).to.deep.equal({ from: 1980, to: 2011 });
    expect(yearsOf('', '2011')).to.equal(null);
  });
});
