// Written from the contracts by scripts/write-route-table.ts; route-table.test.ts fails when it drifts.
// The browser client (browser-client.ts) sends with these addresses, so public pages carry no schemas.
import type { RouteEntry } from './http.js';

export const routeTable: Record<string, Record<string, RouteEntry>> = {
  "health": {
    "check": {
      "method": "get",
      "path": "/api/health"
    },
    "ready": {
      "method": "get",
      "path": "/api/health/ready"
    },
    "live": {
      "method": "get",
      "path": "/api/health/live"
    },
    "metrics": {
      "method": "get",
      "path": "/api/metrics",
      "textType": "text/plain; version=0.0.4; charset=utf-8"
    }
  },
  "openapi": {
    "document": {
      "method": "get",
      "path": "/api/v1/openapi.json"
    }
  },
  "auth": {
    "signup": {
      "method": "post",
      "path": "/api/v1/auth/signup"
    },
    "login": {
      "method": "post",
      "path": "/api/v1/auth/login"
    },
    "logout": {
      "method": "post",
      "path": "/api/v1/auth/logout"
    },
    "github": {
      "method": "get",
      "path": "/api/v1/auth/github"
    },
    "githubCallback": {
      "method": "get",
      "path": "/api/v1/auth/github/callback"
    }
  },
  "me": {
    "get": {
      "method": "get",
      "path": "/api/v1/me"
    },
    "update": {
      "method": "patch",
      "path": "/api/v1/me"
    },
    "remove": {
      "method": "delete",
      "path": "/api/v1/me"
    },
    "changePassword": {
      "method": "post",
      "path": "/api/v1/me/password"
    },
    "sessions": {
      "method": "get",
      "path": "/api/v1/me/sessions"
    },
    "endOtherSessions": {
      "method": "delete",
      "path": "/api/v1/me/sessions"
    },
    "endSession": {
      "method": "delete",
      "path": "/api/v1/me/sessions/:id"
    },
    "tokens": {
      "method": "get",
      "path": "/api/v1/me/tokens"
    },
    "createToken": {
      "method": "post",
      "path": "/api/v1/me/tokens"
    },
    "revokeToken": {
      "method": "delete",
      "path": "/api/v1/me/tokens/:id"
    }
  },
  "categories": {
    "tree": {
      "method": "get",
      "path": "/api/v1/categories"
    }
  },
  "tools": {
    "list": {
      "method": "get",
      "path": "/api/v1/tools"
    },
    "trending": {
      "method": "get",
      "path": "/api/v1/tools/trending"
    },
    "get": {
      "method": "get",
      "path": "/api/v1/tools/:slug"
    },
    "stacks": {
      "method": "get",
      "path": "/api/v1/tools/:slug/stacks"
    },
    "alternatives": {
      "method": "get",
      "path": "/api/v1/tools/:slug/alternatives"
    },
    "reasons": {
      "method": "get",
      "path": "/api/v1/tools/:slug/reasons"
    },
    "integrations": {
      "method": "get",
      "path": "/api/v1/tools/:slug/integrations"
    },
    "decisions": {
      "method": "get",
      "path": "/api/v1/tools/:slug/decisions"
    },
    "feed": {
      "method": "get",
      "path": "/api/v1/tools/:slug/feed.atom",
      "textType": "application/atom+xml"
    },
    "addReason": {
      "method": "post",
      "path": "/api/v1/tools/:slug/reasons"
    },
    "follow": {
      "method": "put",
      "path": "/api/v1/tools/:slug/follow"
    },
    "unfollow": {
      "method": "delete",
      "path": "/api/v1/tools/:slug/follow"
    }
  },
  "compare": {
    "tools": {
      "method": "get",
      "path": "/api/v1/compare"
    }
  },
  "comparisons": {
    "popular": {
      "method": "get",
      "path": "/api/v1/comparisons/popular"
    }
  },
  "search": {
    "all": {
      "method": "get",
      "path": "/api/v1/search"
    }
  },
  "reasons": {
    "vote": {
      "method": "put",
      "path": "/api/v1/reasons/:id/vote"
    },
    "edit": {
      "method": "patch",
      "path": "/api/v1/reasons/:id"
    }
  },
  "stacks": {
    "list": {
      "method": "get",
      "path": "/api/v1/stacks"
    },
    "create": {
      "method": "post",
      "path": "/api/v1/stacks"
    },
    "get": {
      "method": "get",
      "path": "/api/v1/stacks/:owner/:slug"
    },
    "update": {
      "method": "patch",
      "path": "/api/v1/stacks/:owner/:slug"
    },
    "remove": {
      "method": "delete",
      "path": "/api/v1/stacks/:owner/:slug"
    },
    "syncDetected": {
      "method": "put",
      "path": "/api/v1/stacks/:owner/:slug/detected-tools"
    },
    "badge": {
      "method": "get",
      "path": "/api/v1/stacks/:owner/:slug/badge.svg",
      "textType": "image/svg+xml"
    },
    "follow": {
      "method": "put",
      "path": "/api/v1/stacks/:owner/:slug/follow"
    },
    "unfollow": {
      "method": "delete",
      "path": "/api/v1/stacks/:owner/:slug/follow"
    }
  },
  "decisions": {
    "create": {
      "method": "post",
      "path": "/api/v1/decisions"
    },
    "preview": {
      "method": "post",
      "path": "/api/v1/decisions/preview"
    },
    "get": {
      "method": "get",
      "path": "/api/v1/decisions/:id"
    },
    "vote": {
      "method": "put",
      "path": "/api/v1/decisions/:id/vote"
    }
  },
  "users": {
    "popular": {
      "method": "get",
      "path": "/api/v1/users/popular"
    },
    "get": {
      "method": "get",
      "path": "/api/v1/users/:username"
    },
    "feed": {
      "method": "get",
      "path": "/api/v1/users/:username/feed.atom",
      "textType": "application/atom+xml"
    },
    "follow": {
      "method": "put",
      "path": "/api/v1/users/:username/follow"
    },
    "unfollow": {
      "method": "delete",
      "path": "/api/v1/users/:username/follow"
    }
  },
  "feed": {
    "followed": {
      "method": "get",
      "path": "/api/v1/feed"
    },
    "public": {
      "method": "get",
      "path": "/api/v1/feed/public"
    }
  },
  "reports": {
    "create": {
      "method": "post",
      "path": "/api/v1/reports"
    }
  },
  "moderation": {
    "queue": {
      "method": "get",
      "path": "/api/v1/moderation/reports"
    },
    "act": {
      "method": "post",
      "path": "/api/v1/moderation/actions"
    },
    "log": {
      "method": "get",
      "path": "/api/v1/moderation/log"
    }
  },
  "detect": {
    "run": {
      "method": "post",
      "path": "/api/v1/detect"
    }
  },
  "dumps": {
    "latest": {
      "method": "get",
      "path": "/api/v1/dumps/latest"
    },
    "file": {
      "method": "get",
      "path": "/api/v1/dumps/latest/:file",
      "textType": "application/octet-stream"
    }
  }
};
