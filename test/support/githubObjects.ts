/**
 * Factories for GitHub REST objects as api.github.com serves them. Each carries every field
 * GitHub's OpenAPI description requires, so the fake server accepts it (githubServer.test.ts
 * checks each factory against the description). Ids are derived from names so the same inputs
 * give the same objects.
 */
import { createHash } from "node:crypto";

const API = "https://api.github.com";
const WEB = "https://github.com";
const CREATED = "2026-03-01T09:00:00Z";

/** A stable positive 31-bit id for a name. */
export function idFor(name: string): number {
  return createHash("sha256").update(name).digest().readUInt32BE(0) >>> 1;
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}${id}`).toString("base64");
}

export function user(login: string) {
  const id = idFor(`user:${login}`);
  // GitHub escapes logins in URLs: github-actions[bot] is github-actions%5Bbot%5D
  const url = `${API}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId("04:User", id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: "",
    url,
    html_url: `${WEB}/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: "User",
    site_admin: false,
  };
}

export function team(org: string, slug: string) {
  const id = idFor(`team:${org}/${slug}`);
  return {
    id,
    node_id: nodeId("04:Team", id),
    url: `${API}/teams/${id}`,
    html_url: `${WEB}/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: "closed",
    notification_setting: "notifications_enabled",
    permission: "pull",
    members_url: `${API}/teams/${id}/members{/member}`,
    repositories_url: `${API}/teams/${id}/repos`,
    type: "organization",
    parent: null,
  };
}

/** `<name>_url` fields of a repository: (field, path below the repository's API url). */
const REPOSITORY_URLS: ReadonlyArray<readonly [string, string]> = [
  ["archive_url", "/{archive_format}{/ref}"],
  ["assignees_url", "/assignees{/user}"],
  ["blobs_url", "/git/blobs{/sha}"],
  ["branches_url", "/branches{/branch}"],
  ["collaborators_url", "/collaborators{/collaborator}"],
  ["comments_url", "/comments{/number}"],
  ["commits_url", "/commits{/sha}"],
  ["compare_url", "/compare/{base}...{head}"],
  ["contents_url", "/contents/{+path}"],
  ["contributors_url", "/contributors"],
  ["deployments_url", "/deployments"],
  ["downloads_url", "/downloads"],
  ["events_url", "/events"],
  ["forks_url", "/forks"],
  ["git_commits_url", "/git/commits{/sha}"],
  ["git_refs_url", "/git/refs{/sha}"],
  ["git_tags_url", "/git/tags{/sha}"],
  ["hooks_url", "/hooks"],
  ["issue_comment_url", "/issues/comments{/number}"],
  ["issue_events_url", "/issues/events{/number}"],
  ["issues_url", "/issues{/number}"],
  ["keys_url", "/keys{/key_id}"],
  ["labels_url", "/labels{/name}"],
  ["languages_url", "/languages"],
  ["merges_url", "/merges"],
  ["milestones_url", "/milestones{/number}"],
  ["notifications_url", "/notifications{?since,all,participating}"],
  ["pulls_url", "/pulls{/number}"],
  ["releases_url", "/releases{/id}"],
  ["stargazers_url", "/stargazers"],
  ["statuses_url", "/statuses/{sha}"],
  ["subscribers_url", "/subscribers"],
  ["subscription_url", "/subscription"],
  ["tags_url", "/tags"],
  ["teams_url", "/teams"],
  ["trees_url", "/git/trees{/sha}"],
];

export function repository(owner: string, repo: string) {
  const id = idFor(`repo:${owner}/${repo}`);
  const url = `${API}/repos/${owner}/${repo}`;
  return {
    id,
    node_id: nodeId("010:Repository", id),
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: user(owner),
    private: true,
    html_url: `${WEB}/${owner}/${repo}`,
    description: null,
    fork: false,
    url,
    ...Object.fromEntries(REPOSITORY_URLS.map(([field, suffix]) => [field, url + suffix])),
    git_url: `git://github.com/${owner}/${repo}.git`,
    ssh_url: `git@github.com:${owner}/${repo}.git`,
    clone_url: `${WEB}/${owner}/${repo}.git`,
    svn_url: `${WEB}/${owner}/${repo}`,
    mirror_url: null,
    homepage: null,
    language: "TypeScript",
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 120,
    default_branch: "main",
    open_issues: 0,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: CREATED,
    created_at: CREATED,
    updated_at: CREATED,
  };
}

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface ReviewSpec {
  owner: string;
  repo: string;
  number: number;
  id: number;
  login: string;
  state: ReviewState;
  commitId: string;
  submittedAt?: string;
}

/** An item of `GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews`. */
export function review(spec: ReviewSpec) {
  const prUrl = `${API}/repos/${spec.owner}/${spec.repo}/pulls/${spec.number}`;
  const html = `${WEB}/${spec.owner}/${spec.repo}/pull/${spec.number}#pullrequestreview-${spec.id}`;
  return {
    id: spec.id,
    node_id: nodeId("017:PullRequestReview", spec.id),
    user: user(spec.login),
    body: "",
    state: spec.state,
    html_url: html,
    pull_request_url: prUrl,
    _links: { html: { href: html }, pull_request: { href: prUrl } },
    // GitHub omits submitted_at on pending reviews
    ...(spec.state === "PENDING" ? {} : { submitted_at: spec.submittedAt ?? CREATED }),
    commit_id: spec.commitId,
    author_association: "MEMBER",
  };
}

export interface PullRequestSpec {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
  baseRef?: string;
  headRef?: string;
  author?: string;
  /** Set for a merged pull request (with `mergeCommitSha`). */
  mergedAt?: string;
  mergeCommitSha?: string;
}

/** The fields `pull-request-simple` (commit's pulls list) and `pull-request` share. */
function pullRequestCore(spec: PullRequestSpec) {
  const url = `${API}/repos/${spec.owner}/${spec.repo}/pulls/${spec.number}`;
  const issueUrl = `${API}/repos/${spec.owner}/${spec.repo}/issues/${spec.number}`;
  const html = `${WEB}/${spec.owner}/${spec.repo}/pull/${spec.number}`;
  const id = idFor(`pr:${spec.owner}/${spec.repo}#${spec.number}`);
  const author = user(spec.author ?? "author");
  const merged = spec.mergedAt !== undefined;
  const branch = (ref: string, sha: string) => ({
    label: `${spec.owner}:${ref}`,
    ref,
    sha,
    user: user(spec.owner),
    repo: repository(spec.owner, spec.repo),
  });
  return {
    url,
    id,
    node_id: nodeId("011:PullRequest", id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${API}/repos/${spec.owner}/${spec.repo}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${API}/repos/${spec.owner}/${spec.repo}/statuses/${spec.headSha}`,
    number: spec.number,
    state: merged ? "closed" : "open",
    locked: false,
    title: `Migration ${spec.number}`,
    user: author,
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: CREATED,
    updated_at: spec.mergedAt ?? CREATED,
    closed_at: spec.mergedAt ?? null,
    merged_at: spec.mergedAt ?? null,
    merge_commit_sha: spec.mergeCommitSha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(spec.headRef ?? `feature-${spec.number}`, spec.headSha),
    base: branch(spec.baseRef ?? "main", spec.baseSha),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${API}/repos/${spec.owner}/${spec.repo}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${API}/repos/${spec.owner}/${spec.repo}/statuses/${spec.headSha}` },
    },
    author_association: "MEMBER",
    auto_merge: null,
    draft: false,
  };
}

/** An item of `GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls`. */
export function pullRequestSimple(spec: PullRequestSpec) {
  return pullRequestCore(spec);
}

/** `GET /repos/{owner}/{repo}/pulls/{pull_number}`. */
export function pullRequest(spec: PullRequestSpec) {
  const merged = spec.mergedAt !== undefined;
  return {
    ...pullRequestCore(spec),
    merged,
    mergeable: merged ? null : true,
    rebaseable: merged ? null : true,
    mergeable_state: merged ? "unknown" : "clean",
    merged_by: merged ? user(spec.owner) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 10,
    deletions: 0,
    changed_files: 1,
  };
}

export interface EnvironmentSpec {
  owner: string;
  repo: string;
  name: string;
  users?: string[];
  teams?: string[];
  preventSelfReview?: boolean;
  waitTimer?: number;
}

/** `GET /repos/{owner}/{repo}/environments/{environment_name}`. */
export function environment(spec: EnvironmentSpec) {
  const id = idFor(`env:${spec.owner}/${spec.repo}/${spec.name}`);
  const rules: unknown[] = [];
  if (spec.waitTimer !== undefined) {
    rules.push({ id: id + 1, node_id: nodeId("04:Gate", id + 1), type: "wait_timer", wait_timer: spec.waitTimer });
  }
  if (spec.users?.length || spec.teams?.length) {
    rules.push({
      id: id + 2,
      node_id: nodeId("04:Gate", id + 2),
      prevent_self_review: spec.preventSelfReview ?? false,
      type: "required_reviewers",
      reviewers: [
        ...(spec.users ?? []).map((login) => ({ type: "User", reviewer: user(login) })),
        ...(spec.teams ?? []).map((slug) => ({ type: "Team", reviewer: team(spec.owner, slug) })),
      ],
    });
  }
  return {
    id,
    node_id: nodeId("011:Environment", id),
    name: spec.name,
    url: `${API}/repos/${spec.owner}/${spec.repo}/environments/${encodeURIComponent(spec.name)}`,
    html_url: `${WEB}/${spec.owner}/${spec.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(spec.name)}`,
    created_at: CREATED,
    updated_at: CREATED,
    protection_rules: rules,
    deployment_branch_policy: null,
  };
}

export interface IssueCommentSpec {
  owner: string;
  repo: string;
  issueNumber: number;
  id: number;
  body: string;
  login?: string;
  updatedAt?: string;
}

/** An issue (or pull request conversation) comment. */
export function issueComment(spec: IssueCommentSpec) {
  const issueUrl = `${API}/repos/${spec.owner}/${spec.repo}/issues/${spec.issueNumber}`;
  return {
    id: spec.id,
    node_id: nodeId("012:IssueComment", spec.id),
    url: `${API}/repos/${spec.owner}/${spec.repo}/issues/comments/${spec.id}`,
    html_url: `${WEB}/${spec.owner}/${spec.repo}/pull/${spec.issueNumber}#issuecomment-${spec.id}`,
    body: spec.body,
    user: user(spec.login ?? "github-actions[bot]"),
    created_at: CREATED,
    updated_at: spec.updatedAt ?? CREATED,
    issue_url: issueUrl,
    author_association: "NONE",
  };
}

export interface PullRequestFileSpec {
  owner: string;
  repo: string;
  filename: string;
  status?: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  previousFilename?: string;
  sha?: string;
}

/** An item of `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`. */
export function pullRequestFile(spec: PullRequestFileSpec) {
  const sha = spec.sha ?? createHash("sha1").update(spec.filename).digest("hex");
  const path = spec.filename.split("/").map(encodeURIComponent).join("/");
  return {
    sha,
    filename: spec.filename,
    status: spec.status ?? "modified",
    additions: 3,
    deletions: 1,
    changes: 4,
    blob_url: `${WEB}/${spec.owner}/${spec.repo}/blob/${sha}/${path}`,
    raw_url: `${WEB}/${spec.owner}/${spec.repo}/raw/${sha}/${path}`,
    contents_url: `${API}/repos/${spec.owner}/${spec.repo}/contents/${path}?ref=${sha}`,
    ...(spec.previousFilename !== undefined ? { previous_filename: spec.previousFilename } : {}),
  };
}

/** GitHub's error body (`basic-error`). */
export function errorBody(message: string) {
  return { message, documentation_url: "https://docs.github.com/rest" };
}
