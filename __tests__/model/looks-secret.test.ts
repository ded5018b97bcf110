/** Which IaC attribute names keep their value out of the record (src/model/facts/iac.ts looksSecret). */
import { expect, test } from '@jest/globals'
import { looksSecret } from '../../src/model/facts/iac.js'

test.each([
  'password',
  'master_password',
  'adminPassword',
  'DB_PASSWORDS',
  'db_passwords_json',
  'admin_pwd',
  'replica_pwds',
  'passphrase',
  'client_secret',
  'api_key',
  'access_key',
  'auth_token',
  'connection_string',
  'primary_access_key'
])('%s looks secret', name => expect(looksSecret(name)).toBe(true))

test.each(['kms_key_id', 'key_vault_key_id', 'kms_key_name', 'bucket', 'encrypted', 'secrets_manager_arn', 'passenger_count'])('%s does not', name =>
  expect(looksSecret(name)).toBe(false)
)
