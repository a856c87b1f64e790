// Node 20 is the project's runtime; the SDK's notice about its future Node 22 floor is known and only noise in tests.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
