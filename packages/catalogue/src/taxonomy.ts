import type { LayerSeed } from './types.js';

/** Layers > categories > functions. Function slugs are unique across the whole tree. */
export const taxonomy: LayerSeed[] = [
  {
    slug: 'application-and-data',
    name: 'Application & Data',
    categories: [
      {
        slug: 'languages-and-frameworks',
        name: 'Languages & Frameworks',
        functions: [
          { slug: 'languages', name: 'Languages' },
          { slug: 'javascript-runtimes', name: 'JavaScript Runtimes' },
          { slug: 'full-stack-frameworks', name: 'Frameworks (Full Stack)' },
          { slug: 'microframeworks', name: 'Microframeworks (Backend)' },
          { slug: 'javascript-ui-libraries', name: 'JavaScript UI Libraries' },
          { slug: 'javascript-frameworks', name: 'JavaScript Frameworks' },
          { slug: 'css-frameworks', name: 'Front-End Frameworks' },
          { slug: 'state-management', name: 'State Management Libraries' },
          { slug: 'cross-platform-mobile', name: 'Cross-Platform Mobile Development' },
          { slug: 'static-site-generators', name: 'Static Site Generators' },
          { slug: 'object-relational-mappers', name: 'Object Relational Mappers' },
          { slug: 'graphql-tools', name: 'Query Languages & GraphQL' },
        ],
      },
      {
        slug: 'libraries',
        name: 'Libraries',
        functions: [
          { slug: 'general-libraries', name: 'General-Purpose Libraries' },
          { slug: 'http-clients', name: 'HTTP Clients' },
          { slug: 'validation-libraries', name: 'Validation & Serialization' },
          { slug: 'ui-components', name: 'UI Component Libraries' },
          { slug: 'css-tooling', name: 'CSS Pre-processors & Tooling' },
          { slug: 'template-engines', name: 'Templating Languages & Extensions' },
          { slug: 'rpc-frameworks', name: 'RPC & API Tooling' },
          { slug: 'logging-libraries', name: 'Logging Libraries' },
          { slug: 'database-drivers', name: 'Database Drivers & Clients' },
          { slug: 'cloud-sdks', name: 'Cloud SDKs' },
          { slug: 'data-science-libraries', name: 'Data Science Libraries' },
          { slug: 'llm-frameworks', name: 'LLM Frameworks & SDKs' },
          { slug: 'desktop-frameworks', name: 'Desktop App Frameworks' },
        ],
      },
      {
        slug: 'databases',
        name: 'Databases',
        functions: [
          { slug: 'sql-databases', name: 'SQL Databases' },
          { slug: 'nosql-databases', name: 'NoSQL Databases' },
          { slug: 'in-memory-databases', name: 'In-Memory Databases' },
          { slug: 'time-series-databases', name: 'Time Series Databases' },
          { slug: 'graph-databases', name: 'Graph Databases' },
          { slug: 'search-engines', name: 'Search Engines' },
          { slug: 'vector-databases', name: 'Vector Databases' },
          { slug: 'database-tools', name: 'Database Tools' },
        ],
      },
      {
        slug: 'platform-as-a-service',
        name: 'Platform as a Service',
        functions: [
          { slug: 'web-servers', name: 'Web Servers' },
          { slug: 'paas', name: 'Platform as a Service' },
          { slug: 'serverless', name: 'Serverless / Task Processing' },
          { slug: 'message-queues', name: 'Message Queue' },
          { slug: 'background-jobs', name: 'Background Processing' },
          { slug: 'load-balancers', name: 'Load Balancer / Reverse Proxy' },
          { slug: 'backend-as-a-service', name: 'Realtime Backend / API' },
          { slug: 'api-gateways', name: 'API Gateways' },
        ],
      },
      {
        slug: 'infrastructure-as-a-service',
        name: 'Infrastructure as a Service',
        functions: [
          { slug: 'cloud-hosting', name: 'Cloud Hosting' },
          { slug: 'cloud-storage', name: 'Cloud Storage' },
          { slug: 'cdn', name: 'Content Delivery Network' },
          { slug: 'dns', name: 'DNS Management' },
        ],
      },
      {
        slug: 'data-and-ai',
        name: 'Data & AI',
        functions: [
          { slug: 'data-warehouses', name: 'Big Data as a Service' },
          { slug: 'big-data-tools', name: 'Big Data Tools' },
          { slug: 'stream-processing', name: 'Stream Processing' },
          { slug: 'workflow-orchestration', name: 'Workflow Orchestration' },
          { slug: 'machine-learning-tools', name: 'Machine Learning Tools' },
          { slug: 'large-language-models', name: 'Large Language Models' },
        ],
      },
    ],
  },
  {
    slug: 'utilities',
    name: 'Utilities',
    categories: [
      {
        slug: 'application-utilities',
        name: 'Application Utilities',
        functions: [
          { slug: 'transactional-email', name: 'Transactional Email' },
          { slug: 'payment-services', name: 'Payment Services' },
          { slug: 'authentication', name: 'User Management and Authentication' },
          { slug: 'search-as-a-service', name: 'Search as a Service' },
          { slug: 'communications-apis', name: 'Voice and SMS' },
          { slug: 'media-processing', name: 'Image and Video Processing' },
          { slug: 'headless-cms', name: 'Headless CMS' },
          { slug: 'feature-flags', name: 'Feature Flags' },
          { slug: 'maps', name: 'Mapping APIs' },
        ],
      },
      {
        slug: 'analytics',
        name: 'Analytics',
        functions: [
          { slug: 'general-analytics', name: 'General Analytics' },
          { slug: 'product-analytics', name: 'Product Analytics' },
          { slug: 'business-intelligence', name: 'Business Intelligence' },
        ],
      },
    ],
  },
  {
    slug: 'devops',
    name: 'DevOps',
    categories: [
      {
        slug: 'continuous-integration-and-delivery',
        name: 'Continuous Integration & Delivery',
        functions: [
          { slug: 'continuous-integration', name: 'Continuous Integration' },
          { slug: 'continuous-deployment', name: 'Continuous Deployment' },
        ],
      },
      {
        slug: 'code-collaboration',
        name: 'Code Collaboration & Version Control',
        functions: [
          { slug: 'version-control', name: 'Version Control System' },
          { slug: 'code-hosting', name: 'Code Collaboration' },
          { slug: 'code-quality', name: 'Code Review and Quality' },
          { slug: 'linters-and-formatters', name: 'Linters and Formatters' },
          { slug: 'dependency-management', name: 'Dependency Management' },
          { slug: 'security-scanners', name: 'Security & Vulnerability Scanning' },
          { slug: 'documentation-generators', name: 'Documentation Generators' },
        ],
      },
      {
        slug: 'monitoring',
        name: 'Monitoring',
        functions: [
          { slug: 'performance-monitoring', name: 'Performance Monitoring' },
          { slug: 'exception-monitoring', name: 'Exception Monitoring' },
          { slug: 'log-management', name: 'Log Management' },
          { slug: 'monitoring-tools', name: 'Monitoring Tools' },
          { slug: 'distributed-tracing', name: 'Distributed Tracing' },
        ],
      },
      {
        slug: 'containers-and-infrastructure',
        name: 'Containers & Infrastructure',
        functions: [
          { slug: 'container-tools', name: 'Container Tools' },
          { slug: 'container-orchestration', name: 'Container Orchestration' },
          { slug: 'infrastructure-as-code', name: 'Infrastructure Build Tools' },
          { slug: 'configuration-management', name: 'Server Configuration and Automation' },
          { slug: 'secrets-management', name: 'Secrets Management' },
          { slug: 'service-mesh', name: 'Service Discovery and Mesh' },
        ],
      },
      {
        slug: 'build-test-deploy',
        name: 'Build, Test, Deploy',
        functions: [
          { slug: 'javascript-build-tools', name: 'JS Build Tools / JS Task Runners' },
          { slug: 'build-automation', name: 'Java Build Tools / Build Automation' },
          { slug: 'package-managers', name: 'Package Managers' },
          { slug: 'testing-frameworks', name: 'Testing Frameworks' },
          { slug: 'browser-testing', name: 'Browser Testing' },
          { slug: 'load-testing', name: 'Load and Performance Testing' },
          { slug: 'monorepo-tools', name: 'Monorepo Tools' },
          { slug: 'compilers', name: 'Compilers & Transpilers' },
        ],
      },
      {
        slug: 'editors',
        name: 'Editors',
        functions: [
          { slug: 'text-editors', name: 'Text Editors' },
          { slug: 'ides', name: 'Integrated Development Environment' },
        ],
      },
    ],
  },
  {
    slug: 'business-tools',
    name: 'Business Tools',
    categories: [
      {
        slug: 'communications',
        name: 'Communications',
        functions: [
          { slug: 'group-chat', name: 'Group Chat & Notifications' },
          { slug: 'video-conferencing', name: 'Video Conferencing' },
          { slug: 'email-marketing', name: 'Email Marketing' },
        ],
      },
      {
        slug: 'productivity',
        name: 'Productivity',
        functions: [
          { slug: 'project-management', name: 'Project Management' },
          { slug: 'issue-tracking', name: 'Issue Tracking' },
          { slug: 'knowledge-base', name: 'Documentation as a Service & Tools' },
          { slug: 'design-tools', name: 'Design' },
          { slug: 'office-suites', name: 'Office Suites' },
        ],
      },
      {
        slug: 'customer-support',
        name: 'Support, Sales, and Marketing',
        functions: [
          { slug: 'help-desk', name: 'Customer Support' },
          { slug: 'crm', name: 'CRM' },
        ],
      },
    ],
  },
];
