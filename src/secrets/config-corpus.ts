/**
 * Corpus of leaked configuration files (issue 20, "credential files and assignments"): the credential
 * files gitleaks, TruffleHog and detect-secrets look for, each shaped after its format's public
 * documentation (man pages: netrc(5), PostgreSQL's pgpass, git-credential-store, npm's npmrc, PyPI's
 * .pypirc, Docker's config.json, s3cmd's .s3cfg, the AWS CLI credentials file, FileZilla's sitemanager.xml,
 * WinSCP's ini, Sublime SFTP's sftp-config.json, WordPress wp-config.php, Rails database.yml, Django
 * settings.py, Jenkins credentials.xml, dotenv) and filled with generated values. Each file lists its risky
 * lines (a line holding a credential); look-alikes hold only placeholders, variable references and
 * documented examples. Built from the formats, not from rules/secrets/rules.yaml. Nothing here is a real
 * secret: values come from a seeded generator at run time.
 */
import { seededRandom } from './generate.js'

export interface ConfigFile {
  kind: string
  path: string
  text: string
  /** 1-based lines that hold a credential. */
  risky: number[]
}
export interface ConfigLookAlike {
  kind: string
  path: string
  text: string
}

const WORDS = ['orchid', 'Falcon', 'harbor', 'Quartz', 'meadow', 'Copper', 'violet', 'Nimbus', 'walnut', 'Tundra', 'saffron', 'Pixel']
const SYMBOLS = '!@#%^&*-_+=?'
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

class Values {
  private readonly r: () => number
  constructor(seed: number) {
    this.r = seededRandom(seed)
  }
  int(n: number): number {
    return Math.floor(this.r() * n)
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]
  }
  chars(set: string, n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += set[this.int(set.length)]
    return s
  }
  /** A password people choose: a word, digits, a symbol, or a random string (half the time). */
  password(): string {
    if (this.int(2) === 0) return `${this.pick(WORDS)}${this.pick(WORDS).toLowerCase()}${this.chars('0123456789', 2 + this.int(3))}${this.pick([...SYMBOLS])}`
    return this.chars(ALNUM, 12 + this.int(10))
  }
  /** A password of letters and digits only (formats that quote nothing). */
  plain(): string {
    return `${this.pick(WORDS)}${this.chars(ALNUM, 6 + this.int(6))}${this.chars('0123456789', 2)}`
  }
  user(): string {
    return this.pick(['deploy', 'admin', 'svc_backup', 'ci-bot', 'app_rw', 'jenkins', 'webmaster'])
  }
  host(): string {
    return `${this.pick(['db', 'ftp', 'files', 'cache', 'mq', 'ci'])}${this.int(9) + 1}.${this.pick(['corp.example.net', 'internal.example.org', 'prod.example.com'])}`
  }
  hex(n: number): string {
    return this.chars('0123456789abcdef', n)
  }
  b64(n: number): string {
    return this.chars(`${ALNUM}+/`, n)
  }
}

const lines = (...xs: string[]) => `${xs.join('\n')}\n`

/** The corpus: credential files with their risky lines, and look-alike files that hold none. */
export function configCorpus(seed = 7357): { files: ConfigFile[]; lookAlikes: ConfigLookAlike[] } {
  const v = new Values(seed)
  const files: ConfigFile[] = []
  const lookAlikes: ConfigLookAlike[] = []
  const add = (kind: string, path: string, text: string, risky: number[]) => files.push({ kind, path, text, risky })
  const quiet = (kind: string, path: string, text: string) => lookAlikes.push({ kind, path, text })

  for (let round = 0; round < 2; round++) {
    // htpasswd(1): user:hash (bcrypt $2y$, APR1-MD5 $apr1$, SHA {SHA}, crypt).
    add(
      '.htpasswd',
      '.htpasswd',
      lines(
        `${v.user()}:$2y$05$${v.chars(`${ALNUM}./`, 53)}`,
        `${v.user()}:$apr1$${v.chars(ALNUM, 8)}$${v.chars(`${ALNUM}./`, 22)}`,
        `${v.user()}:{SHA}${v.b64(27)}=`
      ),
      [1, 2, 3]
    )
    // netrc(5): machine, login, password tokens, on one line or several.
    add(
      '.netrc',
      '.netrc',
      lines(`machine ${v.host()} login ${v.user()} password ${v.plain()}`, '', `machine ${v.host()}`, `  login ${v.user()}`, `  password ${v.password()}`),
      [1, 5]
    )
    // PostgreSQL pgpass: hostname:port:database:username:password.
    add(
      '.pgpass',
      '.pgpass',
      lines(
        '# hostname:port:database:username:password',
        `${v.host()}:5432:orders:${v.user()}:${v.plain()}`,
        `*:*:*:replicator:${v.password().replace(/:/g, '')}`
      ),
      [2, 3]
    )
    // git-credential-store: https://user:password@host per line.
    add(
      '.git-credentials',
      '.git-credentials',
      lines(`https://${v.user()}:${v.plain()}@git.${v.host()}`, `https://oauth2:${v.chars(ALNUM, 20)}@gitlab.example.com`),
      [1, 2]
    )
    // npmrc: _authToken per registry, _auth (base64 user:pass), _password (base64).
    add(
      '.npmrc',
      '.npmrc',
      lines(
        'registry=https://registry.npmjs.org/',
        `//npm.pkg.example.com/:_authToken=${v.hex(8)}-${v.hex(4)}-${v.hex(4)}-${v.hex(4)}-${v.hex(12)}`,
        `//nexus.example.com/repository/npm/:_auth=${Buffer.from(`${v.user()}:${v.plain()}`).toString('base64')}`,
        `//artifactory.example.com/api/npm/:_password=${Buffer.from(v.password()).toString('base64')}`,
        'always-auth=true'
      ),
      [2, 3, 4]
    )
    // .pypirc: [pypi] username/password.
    add(
      '.pypirc',
      '.pypirc',
      lines(
        '[distutils]',
        'index-servers =',
        '    pypi',
        '    internal',
        '',
        '[pypi]',
        'username = __token__',
        `password = pypi-AgEIcHlwaS5vcmc${v.chars(`${ALNUM}_-`, 70)}`,
        '',
        '[internal]',
        'repository = https://pypi.internal.example.org/',
        `username = ${v.user()}`,
        `password = ${v.password()}`
      ),
      [8, 13]
    )
    // Docker config.json: auths → auth (base64 user:password).
    add(
      'docker config.json',
      '.docker/config.json',
      lines(
        '{',
        '  "auths": {',
        `    "registry.example.com": {`,
        `      "auth": "${Buffer.from(`${v.user()}:${v.password()}`).toString('base64')}"`,
        '    }',
        '  }',
        '}'
      ),
      [4]
    )
    add(
      '.dockercfg',
      '.dockercfg',
      lines(`{"https://index.docker.io/v1/":{"auth":"${Buffer.from(`${v.user()}:${v.plain()}`).toString('base64')}","email":"ops@example.com"}}`),
      [1]
    )
    // s3cmd .s3cfg: [default] access_key, secret_key.
    add(
      '.s3cfg',
      '.s3cfg',
      lines(
        '[default]',
        `access_key = AKIA${v.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
        `secret_key = ${v.b64(40)}`,
        'host_base = s3.amazonaws.com',
        'use_https = True'
      ),
      [2, 3]
    )
    // AWS CLI credentials file.
    add(
      'aws credentials',
      '.aws/credentials',
      lines(
        '[default]',
        `aws_access_key_id = AKIA${v.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
        `aws_secret_access_key = ${v.b64(40)}`,
        '',
        '[ci]',
        `aws_access_key_id=ASIA${v.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
        `aws_secret_access_key=${v.b64(40)}`,
        `aws_session_token=IQoJb3JpZ2luX2Vj${v.b64(180)}`
      ),
      [2, 3, 6, 7, 8]
    )
    // FileZilla sitemanager.xml / recentservers.xml: <Pass encoding="base64">, older versions plain <Pass>.
    add(
      'FileZilla',
      'FileZilla/sitemanager.xml',
      lines(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<FileZilla3 version="3.66.5" platform="windows">',
        '  <Servers>',
        '    <Server>',
        `      <Host>${v.host()}</Host>`,
        '      <Port>21</Port>',
        '      <Protocol>0</Protocol>',
        `      <User>${v.user()}</User>`,
        `      <Pass encoding="base64">${Buffer.from(v.password()).toString('base64')}</Pass>`,
        '      <Logontype>1</Logontype>',
        '    </Server>',
        '  </Servers>',
        '</FileZilla3>'
      ),
      [9]
    )
    add(
      'FileZilla',
      'FileZilla/recentservers.xml',
      lines(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>',
        '<FileZilla3>',
        '  <RecentServers>',
        '    <Server>',
        `      <Host>${v.host()}</Host>`,
        '      <Port>21</Port>',
        `      <User>${v.user()}</User>`,
        `      <Pass>${v.plain()}</Pass>`,
        '    </Server>',
        '  </RecentServers>',
        '</FileZilla3>'
      ),
      [8]
    )
    // WinSCP.ini: [Sessions\name] with HostName, UserName, Password (obfuscated hex).
    add(
      'WinSCP ini',
      'WinSCP.ini',
      lines(
        `[Sessions\\${v.user()}@${v.host()}]`,
        `HostName=${v.host()}`,
        `UserName=${v.user()}`,
        `Password=A35C${v.chars('0123456789ABCDEF', 60)}`,
        'FSProtocol=2'
      ),
      [4]
    )
    // Sublime SFTP sftp-config.json.
    add(
      'sftp-config.json',
      'sftp-config.json',
      lines(
        '{',
        '    "type": "sftp",',
        `    "host": "${v.host()}",`,
        `    "user": "${v.user()}",`,
        `    "password": "${v.password()}",`,
        '    "port": "22",',
        '    "remote_path": "/var/www/site/"',
        '}'
      ),
      [5]
    )
    // Shell and database client histories.
    add(
      'shell history',
      '.bash_history',
      lines(
        'cd /srv/app',
        `mysql -u root -p${v.plain()} orders`,
        `export DB_PASSWORD=${v.password()}`,
        `curl -u ${v.user()}:${v.plain()} https://${v.host()}/api/v1/health`,
        `sshpass -p '${v.password()}' ssh ${v.user()}@${v.host()}`,
        'git status'
      ),
      [2, 3, 4, 5]
    )
    add(
      'mysql history',
      '.mysql_history',
      lines(
        'show databases;',
        `CREATE USER '${v.user()}'@'%' IDENTIFIED BY '${v.password()}';`,
        `SET PASSWORD FOR 'root'@'localhost' = PASSWORD('${v.plain()}');`
      ),
      [2, 3]
    )
    add(
      'psql history',
      '.psql_history',
      lines('\\dt', `ALTER ROLE app_rw WITH PASSWORD '${v.password()}';`, `CREATE ROLE reporting LOGIN PASSWORD '${v.plain()}';`),
      [2, 3]
    )
    // WordPress wp-config.php: DB_PASSWORD and the salts.
    add(
      'wp-config.php',
      'wp-config.php',
      lines(
        '<?php',
        "define( 'DB_NAME', 'wordpress' );",
        "define( 'DB_USER', 'wp' );",
        `define( 'DB_PASSWORD', '${v.password()}' );`,
        "define( 'DB_HOST', 'localhost' );",
        `define( 'AUTH_KEY',         '${v.chars(`${ALNUM}!@#%^&*()-_[]{}<>~+=,.;:/?|`, 64)}' );`,
        `define( 'SECURE_AUTH_KEY',  '${v.chars(`${ALNUM}!@#%^&*()-_[]{}<>~+=,.;:/?|`, 64)}' );`
      ),
      [4, 6, 7]
    )
    // Rails config/database.yml.
    add(
      'database.yml',
      'config/database.yml',
      lines(
        'production:',
        '  adapter: postgresql',
        '  database: app_production',
        `  username: ${v.user()}`,
        `  password: ${v.password()}`,
        `  host: ${v.host()}`
      ),
      [5]
    )
    // Django settings.py.
    add(
      'settings.py',
      'mysite/settings.py',
      lines(
        `SECRET_KEY = 'django-insecure-${v.chars(`${ALNUM}!@#%^&*(-_=+)`, 50)}'`,
        'DATABASES = {',
        "    'default': {",
        "        'ENGINE': 'django.db.backends.postgresql',",
        "        'NAME': 'mysite',",
        `        'USER': '${v.user()}',`,
        `        'PASSWORD': '${v.password()}',`,
        "        'HOST': '127.0.0.1',",
        '    }',
        '}',
        `EMAIL_HOST_PASSWORD = '${v.plain()}'`
      ),
      [1, 7, 11]
    )
    // Jenkins credentials.xml: secrets stored encrypted with the controller's key, {AQAAABAAAAA…}.
    add(
      'Jenkins credentials.xml',
      'jenkins/credentials.xml',
      lines(
        "<?xml version='1.1' encoding='UTF-8'?>",
        '<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">',
        '  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">',
        '    <entry>',
        '      <java.util.concurrent.CopyOnWriteArrayList>',
        '        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
        '          <scope>GLOBAL</scope>',
        '          <id>deploy</id>',
        `          <username>${v.user()}</username>`,
        `          <password>{AQAAABAAAAAQ${v.b64(40)}=}</password>`,
        '        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>',
        '        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>',
        '          <id>api</id>',
        `          <secret>{AQAAABAAAAAg${v.b64(60)}=}</secret>`,
        '        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>',
        '      </java.util.concurrent.CopyOnWriteArrayList>',
        '    </entry>',
        '  </domainCredentialsMap>',
        '</com.cloudbees.plugins.credentials.SystemCredentialsProvider>'
      ),
      [10, 14]
    )
    // dotenv.
    add(
      '.env',
      '.env',
      lines(
        'NODE_ENV=production',
        `DATABASE_PASSWORD=${v.password()}`,
        `REDIS_PASSWORD="${v.plain()}"`,
        `SMTP_PASS=${v.plain()}`,
        `JWT_SECRET=${v.hex(48)}`,
        `SESSION_SECRET='${v.chars(ALNUM, 32)}'`,
        'PORT=8080'
      ),
      [2, 3, 4, 5, 6]
    )
    // Connection strings with passwords.
    add(
      'connection URIs',
      'config/connections.txt',
      lines(
        `postgresql://${v.user()}:${v.plain()}@${v.host()}:5432/orders`,
        `mysql://${v.user()}:${v.plain()}@${v.host()}/shop`,
        `mongodb+srv://${v.user()}:${v.plain()}@cluster0.${v.hex(5)}.mongodb.net/app?retryWrites=true`,
        `redis://:${v.plain()}@${v.host()}:6379/0`,
        `amqp://${v.user()}:${v.plain()}@${v.host()}:5672/%2f`,
        `jdbc:postgresql://${v.host()}:5432/orders?user=${v.user()}&password=${v.plain()}`,
        `jdbc:mysql://${v.host()}:3306/shop?user=app&password=${v.plain()}&useSSL=true`,
        `Server=${v.host()};Database=Shop;User Id=${v.user()};Password=${v.password().replace(/;/g, '')};`
      ),
      [1, 2, 3, 4, 5, 6, 7, 8]
    )
    // Assignments in config formats.
    add('INI', 'config/app.ini', lines('[database]', 'host = localhost', `password = ${v.password()}`, '[mail]', `smtp_pass = ${v.plain()}`), [3, 5])
    add(
      'YAML',
      'config/app.yaml',
      lines('database:', '  user: app', `  password: "${v.password()}"`, 'api:', `  token: ${v.chars(ALNUM, 32)}`, `  client_secret: ${v.chars(ALNUM, 40)}`),
      [3, 5, 6]
    )
    add(
      'JSON',
      'config/app.json',
      lines('{', '  "db": {', `    "password": "${v.password()}"`, '  },', `  "apiToken": "${v.chars(ALNUM, 32)}",`, `  "secret": "${v.hex(40)}"`, '}'),
      [3, 5, 6]
    )
    add(
      'XML',
      'config/app.config',
      lines(
        '<configuration>',
        '  <appSettings>',
        `    <add key="SmtpPassword" value="${v.password()}" />`,
        `    <add key="ApiSecret" value="${v.chars(ALNUM, 32)}" />`,
        '  </appSettings>',
        '</configuration>'
      ),
      [3, 4]
    )
    add(
      'properties',
      'src/main/resources/application.properties',
      lines(
        'spring.datasource.url=jdbc:postgresql://localhost:5432/app',
        'spring.datasource.username=app',
        `spring.datasource.password=${v.password()}`,
        `app.jwt.secret=${v.chars(ALNUM, 40)}`
      ),
      [3, 4]
    )
    add(
      'shell',
      'deploy/env.sh',
      lines('#!/bin/sh', `export DB_PASS='${v.password()}'`, `API_TOKEN="${v.chars(ALNUM, 36)}"`, `PGPASSWORD=${v.plain()} psql -h ${v.host()} -U ${v.user()}`),
      [2, 3, 4]
    )
  }

  // Look-alikes: the same formats with placeholders, variable references and documented examples.
  quiet('.netrc', '.netrc', lines('machine api.example.com login ${NETRC_USER} password ${NETRC_PASSWORD}'))
  quiet('.pgpass', '.pgpass', lines('# hostname:port:database:username:password', 'localhost:5432:*:postgres:<password>'))
  quiet('.npmrc', '.npmrc', lines('//registry.npmjs.org/:_authToken=${NPM_TOKEN}', 'always-auth=true'))
  quiet('.pypirc', '.pypirc', lines('[pypi]', 'username = __token__', 'password = <your PyPI token>'))
  quiet('docker config.json', '.docker/config.json', lines('{', '  "auths": { "registry.example.com": {} },', '  "credsStore": "desktop"', '}'))
  quiet(
    'aws credentials',
    '.aws/credentials',
    lines('[default]', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
  )
  quiet(
    'sftp-config.json',
    'sftp-config.json',
    lines(
      '{',
      '    "type": "sftp",',
      '    "host": "example.com",',
      '    "user": "username",',
      '    //"password": "password",',
      '    "remote_path": "/example/path/"',
      '}'
    )
  )
  quiet(
    'wp-config.php',
    'wp-config-sample.php',
    lines("define( 'DB_PASSWORD', 'password_here' );", "define( 'AUTH_KEY',         'put your unique phrase here' );")
  )
  quiet('database.yml', 'config/database.yml', lines('production:', '  username: app', '  password: <%= ENV["DATABASE_PASSWORD"] %>'))
  quiet('settings.py', 'mysite/settings.py', lines("SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", "        'PASSWORD': os.getenv('DB_PASSWORD', ''),"))
  quiet(
    '.env',
    '.env.example',
    lines('DATABASE_PASSWORD=changeme', 'REDIS_PASSWORD=', 'JWT_SECRET=your-secret-here', 'SMTP_PASS=xxxxxxxx', 'API_TOKEN=<token>')
  )
  quiet(
    'connection URIs',
    'docs/connections.md',
    lines('postgresql://user:password@localhost:5432/db', 'mongodb://${MONGO_USER}:${MONGO_PASSWORD}@mongo:27017/app', 'redis://localhost:6379/0')
  )
  quiet('YAML', 'charts/app/values.yaml', lines('database:', '  password: {{ .Values.db.password }}', '  existingSecret: app-db'))
  quiet('properties', 'application.properties', lines('spring.datasource.password=${DB_PASSWORD}', 'app.jwt.secret=********'))
  quiet('shell', 'deploy/env.sh', lines('export DB_PASS="$(vault kv get -field=password secret/db)"', 'read -rsp "Password: " PASSWORD'))
  quiet('XML', 'config/app.config', lines('<add key="SmtpPassword" value="" />', '<add key="ApiSecret" value="#{ApiSecret}#" />'))
  return { files, lookAlikes }
}
