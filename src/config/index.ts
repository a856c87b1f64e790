/** The one place the environment is read: typed options for each component, checked once at start-up. */
export { ConfigError, gatewayConfigFromEnv, type Backend, type GatewayConfig } from './gateway';
export { SETTINGS, documentedDefault, type Setting, type SettingName } from './settings';
