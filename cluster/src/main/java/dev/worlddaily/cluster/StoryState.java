package dev.worlddaily.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One open story: its id, the running profile new articles are compared with, and its members. */
final class StoryState {
  /** Members whose profiles are kept for split checks; larger stories no longer split. */
  static final int MAX_KEPT_MEMBERS = 64;
  /**
   * A story without an article for this long (publication time) forgets its members and so
   * never splits again. News of one event comes within hours (a story's articles of the next
   * day or later are rare), so a story this idle is most likely done, and most of a window's
   * open stories are: their members are the bulk of the clusterer's memory for nothing.
   */
  static final Duration MEMBERS_IDLE = Duration.ofHours(24);

  /** One article of the story with its own profile. */
  record Member(String articleId, EventProfile profile, Instant published) {}

  final String id;
  /** Creation order: the lower survives a merge. */
  final long sequence;
  final List<String> articleIds = new ArrayList<>();
  final ArrayList<Member> members = new ArrayList<>();
  EventProfile profile = new EventProfile();
  /** Latest publication time of its articles (not stated dates): what closes it. */
  Instant lastPublished;
  /** Story size at which the next split check runs. */
  int nextSplitCheck = StorySplitter.FIRST_CHECK;

  StoryState(String id, long sequence) {
    this.id = id;
    this.sequence = sequence;
  }

  /** Adds an article: its full profile to the story's, a compact copy to the members. */
  void add(Member m) {
    articleIds.add(m.articleId());
    if (members.size() < MAX_KEPT_MEMBERS && articleIds.size() == members.size() + 1) {
      members.add(new Member(m.articleId(), m.profile().compact(), m.published()));
    } else {
      forgetMembers();
    }
    profile.add(m.profile());
    published(m.published());
  }

  /** Adds a member that is already compact (moving between stories in a split). */
  void addMember(Member m) {
    articleIds.add(m.articleId());
    if (members.size() < MAX_KEPT_MEMBERS && articleIds.size() == members.size() + 1) {
      members.add(m);
    } else {
      forgetMembers();
    }
    profile.add(m.profile());
    published(m.published());
  }

  void absorb(StoryState other) {
    // Members stay only while every article of the story has one, so that a split sees them all.
    boolean complete = articleIds.size() == members.size() && other.articleIds.size() == other.members.size()
        && members.size() + other.members.size() <= MAX_KEPT_MEMBERS;
    articleIds.addAll(other.articleIds);
    if (complete) {
      members.addAll(other.members);
    } else {
      forgetMembers();
    }
    profile.add(other.profile);
    published(other.lastPublished);
  }

  /** Rebuilds the profile from the members (after some left in a split). */
  void reprofile() {
    profile = new EventProfile();
    lastPublished = null;
    for (Member m : members) {
      profile.add(m.profile());
      published(m.published());
    }
  }

  /**
   * Drops the members: once the story has an article without one (or has been idle for {@link
   * #MEMBERS_IDLE}) it can never split again (a split needs them all), so they would only hold
   * memory.
   */
  void forgetMembers() {
    if (!members.isEmpty()) {
      members.clear();
      members.trimToSize();
    }
  }

  private void published(Instant t) {
    if (t != null && (lastPublished == null || t.isAfter(lastPublished))) {
      lastPublished = t;
    }
  }

  int size() {
    return articleIds.size();
  }
}
