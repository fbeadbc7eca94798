<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>caravan::data::LocalDatabase</name>
    <message>
        <source>Cannot create the folder %1 for the local database.</source>
        <translation>Cannot create the folder %1 for the local database.</translation>
    </message>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>Cannot open the local database %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the local database %1 to write-ahead logging: %2</source>
        <translation>Cannot switch the local database %1 to write-ahead logging: %2</translation>
    </message>
</context>
<context>
    <name>caravan::data::MigrationMessages</name>
    <message>
        <source>Cannot read the version of the local database: %1</source>
        <translation>Cannot read the version of the local database: %1</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Caravan (schema %1; this version knows up to %2). Please update Caravan.</source>
        <translation>The local database was written by a newer version of Caravan (schema %1; this version knows up to %2). Please update Caravan.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>Cannot start a transaction on the local database: %1</translation>
    </message>
    <message>
        <source>Local database upgrade step %1 is missing.</source>
        <translation>Local database upgrade step %1 is missing.</translation>
    </message>
    <message>
        <source>Upgrading the local database to version %1 failed: %2. Nothing was changed.</source>
        <translation>Upgrading the local database to version %1 failed: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Upgrading the local database failed: %1. Nothing was changed.</source>
        <translation>Upgrading the local database failed: %1. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>caravan::data::TokenStore</name>
    <message>
        <source>No saved sign-in was found in the keyring.</source>
        <translation>No saved sign-in was found in the keyring.</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1). Caravan does not store sign-ins in plain text, so you will need to sign in again next time. You can keep working offline with the data on this computer.</source>
        <translation>The system keyring is not available (%1). Caravan does not store sign-ins in plain text, so you will need to sign in again next time. You can keep working offline with the data on this computer.</translation>
    </message>
    <message>
        <source>Access to the system keyring was denied (%1).</source>
        <translation>Access to the system keyring was denied (%1).</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keyring (%1).</source>
        <translation>The saved sign-in could not be removed from the keyring (%1).</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>The system keyring reported an error: %1</translation>
    </message>
</context>
<context>
    <name>caravan::models::OutboxModel</name>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
</context>
<context>
    <name>caravan::models::SectionModel</name>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your items for sale, drafts included</source>
        <translation>Your items for sale, drafts included</translation>
    </message>
    <message>
        <source>What buyers bought and what to ship</source>
        <translation>What buyers bought and what to ship</translation>
    </message>
    <message>
        <source>Money held in escrow and paid out to you</source>
        <translation>Money held in escrow and paid out to you</translation>
    </message>
    <message>
        <source>Conversations with buyers</source>
        <translation>Conversations with buyers</translation>
    </message>
    <message>
        <source>Disputes waiting for a staff decision</source>
        <translation>Disputes waiting for a staff decision</translation>
    </message>
    <message>
        <source>Server, language, account and keyring</source>
        <translation>Server, language, account and keyring</translation>
    </message>
</context>
<context>
    <name>caravan::sync::AccountSession</name>
    <message>
        <source>Not signed in. Your local data is available; sign in to sync.</source>
        <translation>Not signed in. Your local data is available; sign in to sync.</translation>
    </message>
    <message>
        <source>Signed in, but the local data cannot be opened: %1</source>
        <translation>Signed in, but the local data cannot be opened: %1</translation>
    </message>
    <message>
        <source>Signed in for this session only: the sign-in could not be saved in the keyring.</source>
        <translation>Signed in for this session only: the sign-in could not be saved in the keyring.</translation>
    </message>
</context>
<context>
    <name>caravan::sync::SessionClient</name>
    <message>
        <source>A secure (TLS) connection to %1 could not be established: %2</source>
        <translation>A secure (TLS) connection to %1 could not be established: %2</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. You can keep working offline.</source>
        <translation>The server at %1 did not answer in time. You can keep working offline.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2). Check the address and your connection; you can keep working offline.</source>
        <translation>Cannot reach the server at %1 (%2). Check the address and your connection; you can keep working offline.</translation>
    </message>
    <message>
        <source>The email address or password is wrong.</source>
        <translation>The email address or password is wrong.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Too many attempts. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a little while.</source>
        <translation>Too many attempts. Try again in a little while.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>The server at %1 has a problem (HTTP %2). Try again later.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <source>The server at %1 answered the sign-in in an unexpected way. Is this a Caravan server of a compatible version?</source>
        <translation>The server at %1 answered the sign-in in an unexpected way. Is this a Caravan server of a compatible version?</translation>
    </message>
    <message>
        <source>The server at %1 sent an account description Caravan cannot read.</source>
        <translation>The server at %1 sent an account description Caravan cannot read.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::CommandLine</name>
    <message>
        <source>Caravan seller workbench: list, ship and get paid across borders.</source>
        <translation>Caravan seller workbench: list, ship and get paid across borders.</translation>
    </message>
    <message>
        <source>Use the Caravan server at &lt;URL&gt;.</source>
        <translation>Use the Caravan server at &lt;URL&gt;.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as the account &lt;EMAIL&gt;.</source>
        <translation>Sign in as the account &lt;EMAIL&gt;.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Read the password from standard input and sign in at start (needs --email).</source>
        <translation>Read the password from standard input and sign in at start (needs --email).</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use zh_CN or en</source>
        <translation>unknown language &quot;%1&quot;; use zh_CN or en</translation>
    </message>
    <message>
        <source>not a server address: %1</source>
        <translation>not a server address: %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --email</source>
        <translation>--password-stdin needs --email</translation>
    </message>
</context>
<context>
    <name>caravan::ui::MainWindow</name>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Caravan — seller workbench</source>
        <translation>Caravan — seller workbench</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation>&amp;About Caravan</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Listing management is not built yet. Drafting, pricing and publishing listings will appear here in a later version.</source>
        <translation>Listing management is not built yet. Drafting, pricing and publishing listings will appear here in a later version.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Orders will appear here once order sync is available in a later version.</source>
        <translation>Orders will appear here once order sync is available in a later version.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>Escrow balances and payouts will appear here once payout sync is available in a later version.</source>
        <translation>Escrow balances and payouts will appear here once payout sync is available in a later version.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Conversations with buyers will appear here once messaging is available in a later version.</source>
        <translation>Conversations with buyers will appear here once messaging is available in a later version.</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>The dispute queue for staff is not built yet. Disputes, both parties&apos; evidence and decisions will appear here in a later version.</source>
        <translation>The dispute queue for staff is not built yet. Disputes, both parties&apos; evidence and decisions will appear here in a later version.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in to sync your listings and see your orders.</source>
        <translation>You are not signed in. Sign in to sync your listings and see your orders.</translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation>About Caravan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;The seller&apos;s workbench for cross-border sales between private people: list, ship and get paid through escrow.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;The seller&apos;s workbench for cross-border sales between private people: list, ship and get paid through escrow.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), not signed in</source>
        <translation>%1 (%2), not signed in</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SettingsPage</name>
    <message>
        <source>Use this server</source>
        <translation>Use this server</translation>
    </message>
    <message>
        <source>A new language takes effect when Caravan is started again.</source>
        <translation>A new language takes effect when Caravan is started again.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Local data</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>The server answers.</translation>
    </message>
    <message>
        <source>The server does not answer right now. Caravan keeps trying in the background and works with the data on this computer meanwhile.</source>
        <translation>The server does not answer right now. Caravan keeps trying in the background and works with the data on this computer meanwhile.</translation>
    </message>
    <message>
        <source>Checking whether the server answers…</source>
        <translation>Checking whether the server answers…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3.</source>
        <translation>Signed in as %1 (%2) on %3.</translation>
    </message>
    <message>
        <source>Working offline as %1 (%2) on %3; not signed in.</source>
        <translation>Working offline as %1 (%2) on %3; not signed in.</translation>
    </message>
    <message>
        <source>This is a staff account.</source>
        <translation>This is a staff account.</translation>
    </message>
    <message>
        <source>The keyring has not been used yet in this session.</source>
        <translation>The keyring has not been used yet in this session.</translation>
    </message>
    <message>
        <source>The system keyring is available. Your sign-in is stored there, never in plain text.</source>
        <translation>The system keyring is available. Your sign-in is stored there, never in plain text.</translation>
    </message>
    <message>
        <source>Local database: %1
Changes waiting to be sent to the server: %2</source>
        <translation>Local database: %1
Changes waiting to be sent to the server: %2</translation>
    </message>
    <message>
        <source>No account is open, so there is no local data to show.</source>
        <translation>No account is open, so there is no local data to show.</translation>
    </message>
    <message>
        <source>The server address is not valid. Use a web address such as https://caravan.example.</source>
        <translation>The server address is not valid. Use a web address such as https://caravan.example.</translation>
    </message>
    <message>
        <source>Saved. The new language takes effect when Caravan is started again.</source>
        <translation>Saved. The new language takes effect when Caravan is started again.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to Caravan</source>
        <translation>Sign in to Caravan</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Sign in with your Caravan account. Your password is sent only to the server below; the session is kept in the system keyring.</source>
        <translation>Sign in with your Caravan account. Your password is sent only to the server below; the session is kept in the system keyring.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The server address is not valid. Use a web address such as https://caravan.example.</source>
        <translation>The server address is not valid. Use a web address such as https://caravan.example.</translation>
    </message>
    <message>
        <source>Enter the email address of your Caravan account.</source>
        <translation>Enter the email address of your Caravan account.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Too many attempts. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>Wait %1 s</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StatusIndicators</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Checking connection…</source>
        <translation>Checking connection…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — working with local data</source>
        <translation>Offline — working with local data</translation>
    </message>
</context>
</TS>
