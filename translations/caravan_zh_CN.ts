<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>caravan::data::LocalDatabase</name>
    <message>
        <source>Cannot create the folder %1 for the local database.</source>
        <translation>无法为本地数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>无法打开本地数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot switch the local database %1 to write-ahead logging: %2</source>
        <translation>无法将本地数据库 %1 切换为预写日志（WAL）模式：%2</translation>
    </message>
</context>
<context>
    <name>caravan::data::MigrationMessages</name>
    <message>
        <source>Cannot read the version of the local database: %1</source>
        <translation>无法读取本地数据库的版本：%1</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Caravan (schema %1; this version knows up to %2). Please update Caravan.</source>
        <translation>本地数据库由更新版本的 Caravan 写入（结构版本 %1；当前版本最高支持 %2）。请更新 Caravan。</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>无法在本地数据库上开始事务：%1</translation>
    </message>
    <message>
        <source>Local database upgrade step %1 is missing.</source>
        <translation>缺少本地数据库升级步骤 %1。</translation>
    </message>
    <message>
        <source>Upgrading the local database to version %1 failed: %2. Nothing was changed.</source>
        <translation>将本地数据库升级到版本 %1 失败：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Upgrading the local database failed: %1. Nothing was changed.</source>
        <translation>本地数据库升级失败：%1。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>caravan::data::TokenStore</name>
    <message>
        <source>No saved sign-in was found in the keyring.</source>
        <translation>密钥环中没有已保存的登录信息。</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1). Caravan does not store sign-ins in plain text, so you will need to sign in again next time. You can keep working offline with the data on this computer.</source>
        <translation>系统密钥环不可用（%1）。Caravan 不会以明文保存登录信息，因此下次需要重新登录。您仍可以使用本机上的数据离线工作。</translation>
    </message>
    <message>
        <source>Access to the system keyring was denied (%1).</source>
        <translation>访问系统密钥环被拒绝（%1）。</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keyring (%1).</source>
        <translation>无法从密钥环中删除已保存的登录信息（%1）。</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>系统密钥环报告了错误：%1</translation>
    </message>
</context>
<context>
    <name>caravan::models::OutboxModel</name>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
</context>
<context>
    <name>caravan::models::SectionModel</name>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your items for sale, drafts included</source>
        <translation>您在售的商品，包括草稿</translation>
    </message>
    <message>
        <source>What buyers bought and what to ship</source>
        <translation>买家购买的商品和待发货的订单</translation>
    </message>
    <message>
        <source>Money held in escrow and paid out to you</source>
        <translation>托管中的款项和已支付给您的款项</translation>
    </message>
    <message>
        <source>Conversations with buyers</source>
        <translation>与买家的对话</translation>
    </message>
    <message>
        <source>Disputes waiting for a staff decision</source>
        <translation>等待工作人员裁决的纠纷</translation>
    </message>
    <message>
        <source>Server, language, account and keyring</source>
        <translation>服务器、语言、账户和密钥环</translation>
    </message>
</context>
<context>
    <name>caravan::sync::AccountSession</name>
    <message>
        <source>Not signed in. Your local data is available; sign in to sync.</source>
        <translation>未登录。本地数据仍可使用；登录后即可同步。</translation>
    </message>
    <message>
        <source>Signed in, but the local data cannot be opened: %1</source>
        <translation>已登录，但无法打开本地数据：%1</translation>
    </message>
    <message>
        <source>Signed in for this session only: the sign-in could not be saved in the keyring.</source>
        <translation>仅在本次会话中保持登录：登录信息无法保存到密钥环。</translation>
    </message>
</context>
<context>
    <name>caravan::sync::SessionClient</name>
    <message>
        <source>A secure (TLS) connection to %1 could not be established: %2</source>
        <translation>无法与 %1 建立安全（TLS）连接：%2</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. You can keep working offline.</source>
        <translation>服务器 %1 未能及时响应。您可以继续离线工作。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2). Check the address and your connection; you can keep working offline.</source>
        <translation>无法连接服务器 %1（%2）。请检查地址和网络连接；您可以继续离线工作。</translation>
    </message>
    <message>
        <source>The email address or password is wrong.</source>
        <translation>邮箱地址或密码错误。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>尝试次数过多，请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a little while.</source>
        <translation>尝试次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>服务器 %1 出现问题（HTTP %2）。请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The server at %1 answered the sign-in in an unexpected way. Is this a Caravan server of a compatible version?</source>
        <translation>服务器 %1 对登录请求的响应不符合预期。它是否为兼容版本的 Caravan 服务器？</translation>
    </message>
    <message>
        <source>The server at %1 sent an account description Caravan cannot read.</source>
        <translation>服务器 %1 发送的账户信息无法被 Caravan 读取。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::CommandLine</name>
    <message>
        <source>Caravan seller workbench: list, ship and get paid across borders.</source>
        <translation>Caravan 卖家工作台：跨境发布商品、发货并收款。</translation>
    </message>
    <message>
        <source>Use the Caravan server at &lt;URL&gt;.</source>
        <translation>使用位于 &lt;URL&gt; 的 Caravan 服务器。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as the account &lt;EMAIL&gt;.</source>
        <translation>以账户 &lt;EMAIL&gt; 登录。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Read the password from standard input and sign in at start (needs --email).</source>
        <translation>从标准输入读取密码并在启动时登录（需要 --email）。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use zh_CN or en</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>not a server address: %1</source>
        <translation>不是有效的服务器地址：%1</translation>
    </message>
    <message>
        <source>--password-stdin needs --email</source>
        <translation>--password-stdin 需要同时指定 --email</translation>
    </message>
</context>
<context>
    <name>caravan::ui::MainWindow</name>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Caravan — seller workbench</source>
        <translation>Caravan — 卖家工作台</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation>关于 Caravan(&amp;A)</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Listing management is not built yet. Drafting, pricing and publishing listings will appear here in a later version.</source>
        <translation>商品管理功能尚未完成。起草、定价和发布商品的功能将在后续版本中出现在这里。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Orders will appear here once order sync is available in a later version.</source>
        <translation>后续版本支持订单同步后，订单将显示在这里。</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Escrow balances and payouts will appear here once payout sync is available in a later version.</source>
        <translation>后续版本支持收款同步后，托管余额和收款记录将显示在这里。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Conversations with buyers will appear here once messaging is available in a later version.</source>
        <translation>后续版本支持消息功能后，与买家的对话将显示在这里。</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>The dispute queue for staff is not built yet. Disputes, both parties&apos; evidence and decisions will appear here in a later version.</source>
        <translation>工作人员的纠纷队列尚未完成。纠纷、双方证据和裁决将在后续版本中显示在这里。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in to sync your listings and see your orders.</source>
        <translation>您尚未登录。登录后即可同步商品并查看订单。</translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation>关于 Caravan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;The seller&apos;s workbench for cross-border sales between private people: list, ship and get paid through escrow.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;面向个人之间跨境交易的卖家工作台：发布商品、发货，并通过托管安全收款。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2), not signed in</source>
        <translation>%1（%2），未登录</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SettingsPage</name>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>A new language takes effect when Caravan is started again.</source>
        <translation>新的语言将在重新启动 Caravan 后生效。</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>本地数据</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>服务器响应正常。</translation>
    </message>
    <message>
        <source>The server does not answer right now. Caravan keeps trying in the background and works with the data on this computer meanwhile.</source>
        <translation>服务器目前没有响应。Caravan 会在后台继续尝试连接，在此期间使用本机上的数据工作。</translation>
    </message>
    <message>
        <source>Checking whether the server answers…</source>
        <translation>正在检查服务器是否响应…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3.</source>
        <translation>已在 %3 上以 %1（%2）的身份登录。</translation>
    </message>
    <message>
        <source>Working offline as %1 (%2) on %3; not signed in.</source>
        <translation>正在以 %1（%2）的身份离线工作（服务器 %3）；未登录。</translation>
    </message>
    <message>
        <source>This is a staff account.</source>
        <translation>这是一个工作人员账户。</translation>
    </message>
    <message>
        <source>The keyring has not been used yet in this session.</source>
        <translation>本次会话尚未使用密钥环。</translation>
    </message>
    <message>
        <source>The system keyring is available. Your sign-in is stored there, never in plain text.</source>
        <translation>系统密钥环可用。您的登录信息保存在其中，绝不以明文保存。</translation>
    </message>
    <message>
        <source>Local database: %1
Changes waiting to be sent to the server: %2</source>
        <translation>本地数据库：%1
等待发送到服务器的更改：%2</translation>
    </message>
    <message>
        <source>No account is open, so there is no local data to show.</source>
        <translation>没有打开的账户，因此没有可显示的本地数据。</translation>
    </message>
    <message>
        <source>The server address is not valid. Use a web address such as https://caravan.example.</source>
        <translation>服务器地址无效。请使用网址，例如 https://caravan.example。</translation>
    </message>
    <message>
        <source>Saved. The new language takes effect when Caravan is started again.</source>
        <translation>已保存。新的语言将在重新启动 Caravan 后生效。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to Caravan</source>
        <translation>登录 Caravan</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Sign in with your Caravan account. Your password is sent only to the server below; the session is kept in the system keyring.</source>
        <translation>请使用您的 Caravan 账户登录。密码只会发送到下方的服务器；会话保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The server address is not valid. Use a web address such as https://caravan.example.</source>
        <translation>服务器地址无效。请使用网址，例如 https://caravan.example。</translation>
    </message>
    <message>
        <source>Enter the email address of your Caravan account.</source>
        <translation>请输入您 Caravan 账户的邮箱地址。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>尝试次数过多，请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>请等待 %1 秒</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StatusIndicators</name>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Checking connection…</source>
        <translation>正在检查连接…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline — working with local data</source>
        <translation>离线 — 正在使用本地数据</translation>
    </message>
</context>
</TS>
