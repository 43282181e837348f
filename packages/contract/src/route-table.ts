// Written from the contracts by scripts/write-route-table.ts; route-table.test.ts fails when it drifts.
// The browser client (browser-client.ts) sends with these addresses, so public pages carry no schemas.
import type { RouteAddress } from './http.js';

export const routeTable: Record<string, Record<string, RouteAddress>> = {
  "health": {
    "check": {
      "method": "get",
      "path": "/api/health",
      "operationId": "health.check"
    }
  },
  "openapi": {
    "document": {
      "method": "get",
      "path": "/api/v1/openapi.json",
      "operationId": "openapi.document"
    }
  },
  "auth": {
    "signup": {
      "method": "post",
      "path": "/api/v1/auth/signup",
      "operationId": "auth.signup"
    },
    "login": {
      "method": "post",
      "path": "/api/v1/auth/login",
      "operationId": "auth.login"
    },
    "logout": {
      "method": "post",
      "path": "/api/v1/auth/logout",
      "operationId": "auth.logout"
    },
    "github": {
      "method": "get",
      "path": "/api/v1/auth/github",
      "operationId": "auth.github"
    },
    "githubCallback": {
      "method": "get",
      "path": "/api/v1/auth/github/callback",
      "operationId": "auth.githubCallback"
    }
  },
  "me": {
    "get": {
      "method": "get",
      "path": "/api/v1/me",
      "operationId": "me.get"
    },
    "update": {
      "method": "patch",
      "path": "/api/v1/me",
      "operationId": "me.update"
    },
    "remove": {
      "method": "delete",
      "path": "/api/v1/me",
      "operationId": "me.remove"
    },
    "changePassword": {
      "method": "post",
      "path": "/api/v1/me/password",
      "operationId": "me.changePassword"
    },
    "sessions": {
      "method": "get",
      "path": "/api/v1/me/sessions",
      "operationId": "me.sessions"
    },
    "endOtherSessions": {
      "method": "delete",
      "path": "/api/v1/me/sessions",
      "operationId": "me.endOtherSessions"
    },
    "endSession": {
      "method": "delete",
      "path": "/api/v1/me/sessions/:id",
      "operationId": "me.endSession"
    },
    "tokens": {
      "method": "get",
      "path": "/api/v1/me/tokens",
      "operationId": "me.tokens"
    },
    "createToken": {
      "method": "post",
      "path": "/api/v1/me/tokens",
      "operationId": "me.createToken"
    },
    "revokeToken": {
      "method": "delete",
      "path": "/api/v1/me/tokens/:id",
      "operationId": "me.revokeToken"
    }
  },
  "categories": {
    "tree": {
      "method": "get",
      "path": "/api/v1/categories",
      "operationId": "categories.tree"
    }
  },
  "tools": {
    "list": {
      "method": "get",
      "path": "/api/v1/tools",
      "operationId": "tools.list"
    },
    "trending": {
      "method": "get",
      "path": "/api/v1/tools/trending",
      "operationId": "tools.trending"
    },
    "get": {
      "method": "get",
      "path": "/api/v1/tools/:slug",
      "operationId": "tools.get"
    },
    "stacks": {
      "method": "get",
      "path": "/api/v1/tools/:slug/stacks",
      "operationId": "tools.stacks"
    },
    "alternatives": {
      "method": "get",
      "path": "/api/v1/tools/:slug/alternatives",
      "operationId": "tools.alternatives"
    },
    "decisions": {
      "method": "get",
      "path": "/api/v1/tools/:slug/decisions",
      "operationId": "tools.decisions"
    },
    "feed": {
      "method": "get",
      "path": "/api/v1/tools/:slug/feed.atom",
      "operationId": "tools.feed",
      "textType": "application/atom+xml"
    },
    "addReason": {
      "method": "post",
      "path": "/api/v1/tools/:slug/reasons",
      "operationId": "tools.addReason"
    },
    "follow": {
      "method": "put",
      "path": "/api/v1/tools/:slug/follow",
      "operationId": "tools.follow"
    },
    "unfollow": {
      "method": "delete",
      "path": "/api/v1/tools/:slug/follow",
      "operationId": "tools.unfollow"
    }
  },
  "compare": {
    "tools": {
      "method": "get",
      "path": "/api/v1/compare",
      "operationId": "compare.tools"
    }
  },
  "comparisons": {
    "popular": {
      "method": "get",
      "path": "/api/v1/comparisons/popular",
      "operationId": "comparisons.popular"
    }
  },
  "search": {
    "all": {
      "method": "get",
      "path": "/api/v1/search",
      "operationId": "search.all"
    }
  },
  "reasons": {
    "vote": {
      "method": "put",
      "path": "/api/v1/reasons/:id/vote",
      "operationId": "reasons.vote"
    },
    "edit": {
      "method": "patch",
      "path": "/api/v1/reasons/:id",
      "operationId": "reasons.edit"
    }
  },
  "stacks": {
    "list": {
      "method": "get",
      "path": "/api/v1/stacks",
      "operationId": "stacks.list"
    },
    "create": {
      "method": "post",
      "path": "/api/v1/stacks",
      "operationId": "stacks.create"
    },
    "get": {
      "method": "get",
      "path": "/api/v1/stacks/:owner/:slug",
      "operationId": "stacks.get"
    },
    "update": {
      "method": "patch",
      "path": "/api/v1/stacks/:owner/:slug",
      "operationId": "stacks.update"
    },
    "remove": {
      "method": "delete",
      "path": "/api/v1/stacks/:owner/:slug",
      "operationId": "stacks.remove"
    },
    "follow": {
      "method": "put",
      "path": "/api/v1/stacks/:owner/:slug/follow",
      "operationId": "stacks.follow"
    },
    "unfollow": {
      "method": "delete",
      "path": "/api/v1/stacks/:owner/:slug/follow",
      "operationId": "stacks.unfollow"
    }
  },
  "decisions": {
    "create": {
      "method": "post",
      "path": "/api/v1/decisions",
      "operationId": "decisions.create"
    },
    "get": {
      "method": "get",
      "path": "/api/v1/decisions/:id",
      "operationId": "decisions.get"
    },
    "vote": {
      "method": "put",
      "path": "/api/v1/decisions/:id/vote",
      "operationId": "decisions.vote"
    }
  },
  "users": {
    "get": {
      "method": "get",
      "path": "/api/v1/users/:username",
      "operationId": "users.get"
    },
    "feed": {
      "method": "get",
      "path": "/api/v1/users/:username/feed.atom",
      "operationId": "users.feed",
      "textType": "application/atom+xml"
    },
    "follow": {
      "method": "put",
      "path": "/api/v1/users/:username/follow",
      "operationId": "users.follow"
    },
    "unfollow": {
      "method": "delete",
      "path": "/api/v1/users/:username/follow",
      "operationId": "users.unfollow"
    }
  },
  "feed": {
    "followed": {
      "method": "get",
      "path": "/api/v1/feed",
      "operationId": "feed.followed"
    },
    "public": {
      "method": "get",
      "path": "/api/v1/feed/public",
      "operationId": "feed.public"
    }
  },
  "reports": {
    "create": {
      "method": "post",
      "path": "/api/v1/reports",
      "operationId": "reports.create"
    }
  },
  "moderation": {
    "queue": {
      "method": "get",
      "path": "/api/v1/moderation/reports",
      "operationId": "moderation.queue"
    },
    "act": {
      "method": "post",
      "path": "/api/v1/moderation/actions",
      "operationId": "moderation.act"
    },
    "log": {
      "method": "get",
      "path": "/api/v1/moderation/log",
      "operationId": "moderation.log"
    }
  }
};
