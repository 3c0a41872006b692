<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>BeforeStartPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="55"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="57"/>
        <source>Your firm&apos;s admin registers this program in Zoho&apos;s API console once. If you already have a client ID and client secret, skip this and choose Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="61"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="63"/>
        <source>How your firm&apos;s admin sets this up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="68"/>
        <source>Practice mode: the practice sandbox stands in for Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="70"/>
        <source>A practice client is already registered there, so nothing below needs doing. Choose Continue, then Fill in practice details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="77"/>
        <source>What your firm&apos;s admin does, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="86"/>
        <source>Open Zoho&apos;s API console for your firm&apos;s data center and sign in with the firm&apos;s Zoho account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="98"/>
        <source>Your firm&apos;s data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="100"/>
        <source>The API console&apos;s address depends on it; the details page uses the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="103"/>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="194"/>
        <source>&amp;Open the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="104"/>
        <source>Open Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="106"/>
        <source>Opens the API console in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="122"/>
        <source>Choose Add Client, then Server-based Applications. (A Mobile or Desktop Applications client works too: then tick “Desktop client type (use PKCE)” under Advanced on the details page.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="131"/>
        <source>Give it a name (for example “Zoho Wizard”) and your firm&apos;s website as the homepage. Under Authorized Redirect URIs, enter exactly this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="136"/>
        <source>Puts the redirect address on the clipboard (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="146"/>
        <source>Choose Create. The client ID and the client secret are on the Client Secret tab: they go into the details page (or to staff, in a safe way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="153"/>
        <source>If some staff have Zoho accounts in other data centers (Europe, India, Australia…), open the Settings tab and turn on Multi-DC for those data centers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="162"/>
        <source>That&apos;s all. Then choose Continue, enter the client ID and client secret, and sign in to Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="185"/>
        <source>Redirect address to register: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="194"/>
        <source>&amp;Open the practice sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="199"/>
        <source>API console address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <location filename="../../zoho_wizard/ui/browser.py" line="180"/>
        <source>Zoho sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/browser.py" line="182"/>
        <source>Zoho&apos;s own sign-in and consent page. Sign in and choose Accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="176"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="177"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="179"/>
        <source>Sign in to Zoho again for this connection; every setting is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="198"/>
        <source>“{name}” works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="200"/>
        <source>“{name}” needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="209"/>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="210"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="211"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="220"/>
        <source>{title} — {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="225"/>
        <source>What to do: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="83"/>
        <source>Connect Zoho Books — practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="85"/>
        <source>Connect Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="128"/>
        <source>&amp;Back to saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="131"/>
        <source>&amp;Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="132"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="133"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="134"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="176"/>
        <location filename="../../zoho_wizard/ui/wizard.py" line="181"/>
        <source>Go on to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="177"/>
        <source>Close this window without finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="178"/>
        <source>Close this window; the connection is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="179"/>
        <source>Stop signing in and go back to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="180"/>
        <source>Go back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="182"/>
        <source>Show help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="247"/>
        <source>&amp;Back to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="247"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="266"/>
        <source>Reconnect “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="386"/>
        <source>Stop connecting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="387"/>
        <source>Stop connecting to Zoho Books?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="391"/>
        <source>The connection is saved, but no organization is chosen yet. If you close now, choose Reconnect next time to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="396"/>
        <source>The connection is not finished. If you close now, nothing is saved and you start again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="400"/>
        <source>&amp;Keep connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="401"/>
        <source>Close &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="402"/>
        <source>Keep connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="403"/>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="59"/>
        <source>Sign in to Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="61"/>
        <source>Sign in with your Zoho account and choose Accept. This window carries on by itself as soon as Zoho answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="97"/>
        <source>Address of the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="100"/>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="101"/>
        <source>Use my own browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="104"/>
        <source>Opens this sign-in in your usual web browser, for example when you sign in to Zoho with Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="116"/>
        <source>Page loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="121"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="122"/>
        <source>Load the sign-in page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="125"/>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="126"/>
        <source>Back to details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="137"/>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="138"/>
        <source>Continue in my web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="164"/>
        <source>Opening Zoho&apos;s sign-in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="167"/>
        <source>Secure connection to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="171"/>
        <source>Not encrypted: {host} (practice sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="175"/>
        <source>Not encrypted: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="198"/>
        <source>Zoho&apos;s page reports a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="200"/>
        <source>Read the message below. Usually the client ID or the redirect address on the details page needs correcting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="208"/>
        <source>Zoho&apos;s sign-in page could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="209"/>
        <source>Check your internet connection, then try again. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="261"/>
        <source>Signing in with {provider}? Use your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="265"/>
        <source>{provider} often refuses sign-ins inside other programs like this one. Continue in your usual web browser; this window carries on by itself once you have signed in there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../zoho_wizard/ui/countdown.py" line="24"/>
        <source>Time left for the sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/countdown.py" line="32"/>
        <source>{n} seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="140"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="764"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="791"/>
        <source>Connect to Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="142"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="793"/>
        <source>Enter the client your firm registered in Zoho&apos;s API console, choose what your tools may do, then sign in to Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="195"/>
        <source>Sign in to Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="149"/>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="153"/>
        <source>Practice mode — nothing here talks to the real Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="156"/>
        <source>Fill in practice details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="158"/>
        <source>Puts the practice client ID, secret and redirect address into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="166"/>
        <source>Everything runs on this computer. On the practice sign-in page use {email} with the password “{password}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="173"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="1054"/>
        <source>Checking where your keys can be kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="174"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="175"/>
        <source>Keep this connection for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="178"/>
        <source>The keys stay in memory until this program closes; nothing is written to disk. You will need to connect again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="227"/>
        <source>Your Zoho client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="484"/>
        <source>Puts the redirect address on the clipboard, to paste into Zoho&apos;s API console (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="800"/>
        <source>Your firm&apos;s admin registers this client once in Zoho&apos;s API console and gives you its client ID and client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="252"/>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="254"/>
        <source>A name you recognise, for example the client business it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="270"/>
        <source>{label} — Books not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="280"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="287"/>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="283"/>
        <source>Where your firm&apos;s Zoho account lives. If you are not sure, keep United States: Zoho sends you on to your own data center after you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="805"/>
        <source>Not sure? Keep United States; Zoho forwards you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="308"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="146"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="807"/>
        <source>&amp;Sign in to Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="155"/>
        <source>&amp;Fill in practice details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="193"/>
        <source>How will you connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="194"/>
        <source>Sign in to Zoho (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="197"/>
        <source>Sign in with your Zoho account on Zoho&apos;s own page, inside this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="200"/>
        <source>Use a code from the API console (Self Client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="203"/>
        <source>Use a code from Zoho&apos;s API console (Self Client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="207"/>
        <source>For firms that use a Self Client: paste a code generated in Zoho&apos;s API console; no sign-in page and no redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="230"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="232"/>
        <source>How does my firm&apos;s admin set this up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="234"/>
        <source>Shows, step by step, how the client is registered in Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="256"/>
        <source>What is the connection name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="258"/>
        <source>A name you choose, so that you and your firm&apos;s tools can tell connections apart, for example the client business it is for. Your tools find the connection by this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="291"/>
        <source>What is the data center?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="293"/>
        <source>Zoho keeps each firm&apos;s data in one region, such as the United States or Europe; your Zoho web address shows which (zoho.eu is Europe). Not sure? Keep United States: Zoho sends you on to your own after you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="310"/>
        <source>Looks like 1000.ABC123…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="312"/>
        <source>What is the client ID?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="314"/>
        <source>The name of the app your firm&apos;s admin registered in Zoho&apos;s API console. It starts with 1000. and is on the client&apos;s Client Secret tab. Ask your admin if you don&apos;t have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="324"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="326"/>
        <source>Kept in your password store, never shown again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="328"/>
        <source>What is the client secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="330"/>
        <source>A password that belongs to the client ID, on the same Client Secret tab of the API console. It is kept in your computer&apos;s password store and is never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="337"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="646"/>
        <source>Show the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="349"/>
        <source>What do the access choices mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="351"/>
        <source>They decide what your firm&apos;s tools may do in Zoho Books: only look (view), also add and change, or also delete. Choose as little as your tools need; Zoho asks you to agree to exactly these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="358"/>
        <source>What may your firm&apos;s tools do in Zoho Books?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="367"/>
        <source>Permissions your firm chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="370"/>
        <source>Your firm chose these permissions; they can&apos;t be shown as the usual choices, so they are used exactly as listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="379"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="380"/>
        <source>Full access to everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="383"/>
        <source>View, change and delete everything in Zoho Books. Choose this only if your tools really need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="401"/>
        <source>Access to {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="404"/>
        <source>Always at least “View only”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="414"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="416"/>
        <source>Show who signed in (your Zoho e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="419"/>
        <source>Also asks Zoho for the signed-in person&apos;s e-mail, so the summary can say who connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="441"/>
        <source>Code from the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="443"/>
        <source>Paste the code here; it looks like 1000.1a2b3c….4d5e6f…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="445"/>
        <source>What is the code from the API console?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="447"/>
        <source>A one-time code that Zoho&apos;s API console makes for a Self Client, on its Generate Code tab. Paste it here straight away: it stops working after the expiry time you picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="468"/>
        <source>What is the redirect address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="470"/>
        <source>After you sign in, Zoho sends you back to this address on your own computer, where this program picks up Zoho&apos;s answer. Your admin must register exactly this address for the client in the API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="477"/>
        <source>Redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="1107"/>
        <source>That code was already sent to Zoho, and a code works only once. Generate a new one in the API console and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="496"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="500"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="655"/>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="503"/>
        <source>The redirect address and the client type; only change these if your admin asks you to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="518"/>
        <source>Redirect address (redirect URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="520"/>
        <source>Must match the address registered for the client, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="524"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="525"/>
        <source>Desktop client type (use PKCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="528"/>
        <source>Tick this if the client was registered in Zoho&apos;s API console as a desktop or mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="535"/>
        <source>What is the desktop client type?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="537"/>
        <source>Zoho&apos;s API console offers several client types. Tick this only if your admin registered a Mobile or Desktop Applications client; for a Server-based Application leave it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="631"/>
        <source>{who}; it can&apos;t be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="646"/>
        <source>Hide the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="655"/>
        <source>Hide advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="664"/>
        <source>Redirect address to register in Zoho&apos;s API console (exactly as shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="766"/>
        <source>Enter your Self Client&apos;s ID and secret, choose what your tools may do, then paste a code from Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="772"/>
        <source>No sign-in page and no redirect address: you paste a one-time code made in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="778"/>
        <source>Your Self Client&apos;s client ID and client secret are on its Client Secret tab in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="784"/>
        <source>The one whose API console you used (api-console.zoho.eu is Europe…). It can&apos;t be detected here: a pasted code doesn&apos;t say where your account is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="788"/>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="898"/>
        <source>“{placeholder}” becomes the name of the organization you choose at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="907"/>
        <source>Your firm has filled in some of these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="908"/>
        <source>Fields marked with a lock are set by {who} and can&apos;t be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="909"/>
        <source>your firm&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="912"/>
        <source>You can change them if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="1059"/>
        <source>Your keys will be kept in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="1061"/>
        <source>The client secret and Zoho&apos;s long-lasting key are stored there, never in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="1069"/>
        <source>No secure password store is available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="1071"/>
        <source>{problem} Your keys are never written to a plain file. To go on, keep this connection for this session only: it works until you close this program, and you connect again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="40"/>
        <source>You&apos;re connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="41"/>
        <source>Your firm&apos;s tools can now use Zoho Books through this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="75"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="76"/>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="77"/>
        <source>Access granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="78"/>
        <source>Keys kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="79"/>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="90"/>
        <source>Save receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="91"/>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="93"/>
        <source>Saves a one-page PDF receipt of this connection for your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="105"/>
        <source>Choose Finish to close this window. Your tools find this connection by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="130"/>
        <source>Connected as {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="132"/>
        <source>Connected to Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="142"/>
        <source>{name}{currency}
Organization ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="151"/>
        <source>{label} — practice sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="156"/>
        <source>this program&apos;s memory only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="90"/>
        <source>Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="92"/>
        <source>Paste a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="94"/>
        <location filename="../../zoho_wizard/ui/banner.py" line="95"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="96"/>
        <source>Back to details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="97"/>
        <source>Copy redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="98"/>
        <source>Open Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="101"/>
        <location filename="../../zoho_wizard/ui/banner.py" line="102"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="103"/>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="106"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="154"/>
        <source>Try again in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="170"/>
        <source>Recovery action for the error above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishingPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="41"/>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="145"/>
        <source>Finishing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="43"/>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="152"/>
        <source>Zoho&apos;s sign-in code works for about a minute. This program uses it straight away; you don&apos;t need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="61"/>
        <source>Time left for the sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="64"/>
        <source>The code is used as soon as it arrives, so this rarely matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="72"/>
        <source>What is happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="81"/>
        <source>Confirm the sign-in with Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="82"/>
        <source>Save the keys securely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="83"/>
        <source>Find your Zoho Books organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="124"/>
        <source>You are signed in, and the keys Zoho issued are held in memory, so you will not need to sign in again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="147"/>
        <source>The code from the API console works for the time you picked there. This program uses it straight away; you don&apos;t need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="163"/>
        <source>Network trouble, trying again (attempt {n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="165"/>
        <source>Exchanging the code with Zoho…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="168"/>
        <source>Saving your keys securely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="170"/>
        <source>Finding your Zoho Books organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="172"/>
        <source>The connection could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="188"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="190"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="192"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="194"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="221"/>
        <source>The code expires in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="223"/>
        <source>Sign-in code expires in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="225"/>
        <source>The sign-in code has expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityQuestion</name>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="15"/>
        <source>You signed in as {new}, but this connection was made by {old}. Use {new}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="19"/>
        <source>Your firm&apos;s tools will then work in Zoho Books as {new}. To keep {old}, choose Sign in again and sign in with that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="25"/>
        <source>The organization “{organization}” is not in this Zoho account, so you will choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="30"/>
        <source>Use {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="34"/>
        <source>The organization “{organization}” is not in this Zoho account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="37"/>
        <source>You can use this sign-in anyway and choose another organization, or sign in again with the Zoho account that has “{organization}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="45"/>
        <source>Choose another organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="98"/>
        <source>Reconnect “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="102"/>
        <location filename="../../zoho_wizard/ui/identity.py" line="104"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="106"/>
        <source>Opens Zoho&apos;s sign-in page again, to sign in with another account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="134"/>
        <source>Choose the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="136"/>
        <source>Your Zoho account can reach these Zoho Books organizations. Pick the one this connection is for; your firm&apos;s tools will work with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="140"/>
        <source>&amp;Use this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="147"/>
        <source>Zoho Books organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="149"/>
        <source>Use the arrow keys to choose; the default organization is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="158"/>
        <source>Saving your choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="198"/>
        <source>Signed in to Zoho as {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="212"/>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="219"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="213"/>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="220"/>
        <source>Organization ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="214"/>
        <source>Not allowed by your firm&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnBrowserView</name>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="75"/>
        <source>Waiting for your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="86"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="87"/>
        <source>Copy the redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="97"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="100"/>
        <source>Back to details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="102"/>
        <source>Open the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="104"/>
        <source>Opens Zoho&apos;s sign-in page in your web browser once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="125"/>
        <source>Finish signing in with your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="127"/>
        <source>Zoho&apos;s sign-in page is open in your web browser. Sign in there and choose Accept; we&apos;ll continue here automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="130"/>
        <source>No new browser tab? Choose “Open the page again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="133"/>
        <source>The sign-in in your web browser timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="135"/>
        <source>Nothing came back from your web browser in time, so this window stopped waiting. Try again, or sign in inside this window instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="141"/>
        <source>Your web browser can&apos;t hand the sign-in back to this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="143"/>
        <source>That needs a redirect address on this computer, and this client uses another one. Ask your firm&apos;s admin to register this address for the client in Zoho&apos;s API console, then enter it under Advanced on the details page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="147"/>
        <source>Or sign in inside this window, as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="152"/>
        <source>Your web browser could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="169"/>
        <source>Cancel, sign in here instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="171"/>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="176"/>
        <source>Sign in inside this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="174"/>
        <source>Cancel and sign in inside this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetView</name>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="196"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="198"/>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="201"/>
        <source>field “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="208"/>
        <source>Your firm&apos;s settings file could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="209"/>
        <source>{where}. {problem} The wizard opened without it, so fill in the details yourself or ask your firm&apos;s IT person to correct the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectAddressBox</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="250"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="253"/>
        <source>Copy the redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/base.py" line="255"/>
        <source>Copy the redirect address (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedConnections</name>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="56"/>
        <source>{day} {month_year} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="108"/>
        <location filename="../../zoho_wizard/ui/connections.py" line="128"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="109"/>
        <source>Its keys were kept for one session only and are gone now. Reconnect to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="117"/>
        <source>Checked {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="124"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="130"/>
        <source>The last check found a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="134"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="135"/>
        <source>Choose Check to see whether it still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="165"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="166"/>
        <source>Its saved settings in {path} can&apos;t be read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="177"/>
        <source>Reconnect to make it again with the same name; the other connections work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="183"/>
        <source>No organization chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="188"/>
        <source>connected {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="368"/>
        <source>Save the connection receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="370"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="487"/>
        <source>Checking “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="502"/>
        <source>Checking every connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="530"/>
        <source>“{name}”: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="547"/>
        <source>Disconnecting “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="564"/>
        <source>“{name}” is disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="568"/>
        <source>“{name}” is removed from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="579"/>
        <source>“{name}” is still connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="584"/>
        <source>You can remove it from this computer anyway. Zoho then still lists it under Zoho Accounts → Sessions → Connected Apps, where you can remove it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="655"/>
        <source>The file could not be renamed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="659"/>
        <source>Ask your firm&apos;s IT person to move it: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="671"/>
        <source>The damaged file was set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="673"/>
        <source>It is now called {name}, in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="676"/>
        <source>Choose New connection to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="694"/>
        <source>The receipt could not be saved ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="698"/>
        <location filename="../../zoho_wizard/ui/connections.py" line="708"/>
        <source>Choose another folder, for example your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="706"/>
        <source>The receipt could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="715"/>
        <source>Receipt saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfClientPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="52"/>
        <source>Get a code from Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="60"/>
        <source>Open Zoho&apos;s API console for your data center, choose your Self Client, then the Generate Code tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="65"/>
        <source>Open Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="67"/>
        <source>Opens the API console in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="77"/>
        <source>In the Scope box, paste this list (it matches the access chosen above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="91"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="94"/>
        <source>Copy the scope list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="64"/>
        <location filename="../../zoho_wizard/ui/self_client.py" line="179"/>
        <source>&amp;Open the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="96"/>
        <source>Puts the scope list on the clipboard, to paste into the API console (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="98"/>
        <source>Copy the scope list (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="105"/>
        <source>Pick an expiry time, type a description (for example “Zoho Wizard”), choose Create, and copy the code Zoho shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="111"/>
        <source>Paste the code below and choose Connect straight away: the code only works for the time you picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="125"/>
        <source>{n} minutes (the console&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="127"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="131"/>
        <location filename="../../zoho_wizard/ui/self_client.py" line="133"/>
        <source>Expiry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="132"/>
        <source>Choose what you picked in the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="137"/>
        <source>What is the expiry time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="139"/>
        <source>How long the code lives, as you chose in the API console when you made it. The countdown on the next page uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="151"/>
        <source>Choose what you picked in the API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="163"/>
        <source>Scopes to paste: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="177"/>
        <source>&amp;Open the practice API console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="280"/>
        <source>Your Zoho Books connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="282"/>
        <source>Check that a connection still works, sign in again, or remove it. Choose New connection to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="286"/>
        <source>&amp;New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="294"/>
        <source>Remove from this computer anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="296"/>
        <source>Deletes the keys and settings here without telling Zoho; Zoho keeps listing the connection until you remove it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="302"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="322"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="437"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="302"/>
        <source>Shows the folder in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="307"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="307"/>
        <source>Hides this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="315"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="563"/>
        <source>The list of saved connections can&apos;t be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="317"/>
        <source>Set the file aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="318"/>
        <source>Renames the damaged file so a fresh list can start; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="322"/>
        <source>Shows the folder of the damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="332"/>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="334"/>
        <source>Use the arrow keys to choose a connection; the buttons below act on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="343"/>
        <source>There are no saved connections. Choose New connection to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="363"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="363"/>
        <source>Asks Zoho whether the selected connection still works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="367"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="427"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="368"/>
        <source>Signs in to Zoho again for the selected connection; every setting is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="374"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="376"/>
        <source>Ends the selected connection at Zoho and deletes its keys and settings from this computer (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="382"/>
        <source>Save receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="383"/>
        <source>Saves a one-page PDF receipt of the selected connection for your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="397"/>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="397"/>
        <source>Checks every saved connection, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="404"/>
        <source>What is happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="413"/>
        <source>About the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="429"/>
        <source>Makes this connection again under the same name; the damaged entry is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="437"/>
        <source>Shows the folder of the connections file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="477"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="478"/>
        <source>Disconnect “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="481"/>
        <source>Zoho stops its access to {organization}, and its keys and settings are deleted from this computer. Your firm&apos;s tools can no longer use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="483"/>
        <source>Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="485"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="487"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="486"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="488"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="539"/>
        <source>{name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="565"/>
        <source>The file {path} is damaged ({problem}). The keys are still in the password store. Set the file aside to start a fresh list, or open its folder to show it to your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="580"/>
        <source>“{name}” can&apos;t be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="582"/>
        <source>Its saved settings in {path} are damaged ({problem}). Reconnect to make it again under the same name; your other connections keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../zoho_wizard/ui/worker.py" line="29"/>
        <source>Something unexpected went wrong while {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/worker.py" line="32"/>
        <source>Try again. If it keeps happening, ask your firm&apos;s IT person; the details are in this program&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="11"/>
        <source>United States (zoho.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="12"/>
        <source>Europe (zoho.eu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="13"/>
        <source>India (zoho.in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="14"/>
        <source>Australia (zoho.com.au)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="15"/>
        <source>Japan (zoho.jp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="16"/>
        <source>Canada (zohocloud.ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="17"/>
        <source>China (zoho.com.cn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="18"/>
        <source>Saudi Arabia (zoho.sa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="19"/>
        <source>United Kingdom (zoho.uk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="20"/>
        <source>Organization settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="21"/>
        <source>Organization details, taxes, currencies and users. Needed to find your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="25"/>
        <source>Customers and vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="26"/>
        <source>Names, addresses and contact people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="27"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="28"/>
        <source>Invoices sent to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="29"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="30"/>
        <source>Estimates and quotes sent to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="31"/>
        <source>Sales orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="32"/>
        <source>Sales orders from customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="33"/>
        <source>Customer payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="34"/>
        <source>Payments received from customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="35"/>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="36"/>
        <source>Credit notes issued to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="37"/>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="38"/>
        <source>Bills received from vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="39"/>
        <source>Purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="40"/>
        <source>Purchase orders sent to vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="41"/>
        <source>Vendor payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="42"/>
        <source>Payments made to vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="43"/>
        <source>Vendor credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="44"/>
        <source>Credits received from vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="45"/>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="46"/>
        <source>Recorded expenses and receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="47"/>
        <source>Banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="48"/>
        <source>Bank accounts, feeds and reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="49"/>
        <source>Projects and timesheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="50"/>
        <source>Projects, tasks and logged time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="51"/>
        <source>Accountant tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="52"/>
        <source>Chart of accounts, journals and other accountant functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="53"/>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="54"/>
        <source>View only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="55"/>
        <source>View and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="56"/>
        <source>View, change and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="57"/>
        <source>view only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="58"/>
        <source>view and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="59"/>
        <source>view, change and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="60"/>
        <source>Everything in Zoho Books: view, change and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="61"/>
        <source>Your Zoho name and e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="62"/>
        <location filename="../../zoho_wizard/ui/i18n.py" line="86"/>
        <source>{module}: {access}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="63"/>
        <source>Access granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="64"/>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="65"/>
        <source>Staying signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="66"/>
        <source>This computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="67"/>
        <source>Zoho Books organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="68"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="69"/>
        <source>Try again. If it keeps happening, ask your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="70"/>
        <source>Zoho could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="71"/>
        <source>Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="72"/>
        <source>Zoho sent an answer this program could not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="73"/>
        <source>Zoho may be having trouble. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="74"/>
        <source>Zoho says the sign-in code has expired or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="75"/>
        <source>Sign in again; the new code will be used straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="76"/>
        <source>The sign-in code expired before it could be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="77"/>
        <source>Sign in again. It only takes a moment, and your details are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="78"/>
        <source>Zoho does not recognise this client ID for your data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="79"/>
        <source>Check the client ID. If it is right, your firm&apos;s admin must turn on Multi-DC for this client in Zoho&apos;s API console (Settings tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="83"/>
        <source>Zoho says the client secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="84"/>
        <source>Copy the client secret again from Zoho&apos;s API console. If your firm uses a different secret for each data center, use the one for your data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="88"/>
        <source>Zoho says the redirect address is not registered for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="89"/>
        <source>Copy the redirect address shown on the details page and add it, exactly, to the client in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="93"/>
        <source>Zoho did not accept the access this connection asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="94"/>
        <source>Go back and choose fewer or different kinds of access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="95"/>
        <source>You chose not to allow access, so nothing was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="96"/>
        <source>If that was a mistake, sign in again and click Accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="97"/>
        <source>Zoho is limiting requests because too many were made in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="100"/>
        <source>The answer from the sign-in page did not belong to this sign-in, so it was ignored for your safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="104"/>
        <source>Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="105"/>
        <source>The sign-in page sent the code to a server that is not one of Zoho&apos;s, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="109"/>
        <source>Start the sign-in again. If it happens again, tell your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="112"/>
        <source>Zoho did not give this program a long-lasting key, so the connection would stop working within an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="116"/>
        <source>Sign in again and click Accept on Zoho&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="117"/>
        <source>Zoho&apos;s sign-in page came back without a sign-in code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="118"/>
        <source>Zoho Books refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="119"/>
        <source>Zoho Books did not accept this connection&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="120"/>
        <source>Reconnect to sign in again; your settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="121"/>
        <source>Zoho Books is limiting requests for this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="122"/>
        <source>Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="123"/>
        <source>None of the organizations this Zoho account can reach is allowed by your firm&apos;s settings, so nothing was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="131"/>
        <source>This Zoho account has no Zoho Books organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="132"/>
        <source>Sign in with the Zoho account that uses Zoho Books, or create an organization in Zoho Books first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="136"/>
        <source>Your connection could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="137"/>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="138"/>
        <source>This computer has no usable password store for the connection&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="141"/>
        <source>Unlock or set up your system&apos;s password store (for example GNOME Keyring or KWallet), or keep this connection for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="145"/>
        <source>A saved key for this connection is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="146"/>
        <source>Reconnect to sign in again; your other settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="147"/>
        <source>Rename or delete that file, then connect again. Your keys stay in the password store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="151"/>
        <source>Check the name, or make the connection in the wizard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="152"/>
        <source>Give the connection a name, for example the client business it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="155"/>
        <source>The name can&apos;t contain slashes or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="156"/>
        <source>A connection with this name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="157"/>
        <source>Enter the client ID from Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="158"/>
        <source>That looks like a web address. The client ID looks like 1000.ABC123…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="161"/>
        <source>That is too long to be a client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="162"/>
        <source>The client ID contains characters Zoho never uses. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="163"/>
        <source>That looks like a sign-in code, not a client ID. The client ID has one dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="166"/>
        <source>The client ID can&apos;t contain spaces or line breaks. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="167"/>
        <source>That is not a whole client ID. Copy it again from Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="170"/>
        <source>A client ID starts with four digits and a dot, like 1000.ABC123…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="171"/>
        <source>Enter the client secret from Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="172"/>
        <source>That looks like a web address, not a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="173"/>
        <source>That is too long to be a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="174"/>
        <source>The client secret contains characters Zoho never uses. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="177"/>
        <source>The client secret can&apos;t contain spaces. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="178"/>
        <source>Enter the redirect address registered for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="179"/>
        <source>That redirect address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="180"/>
        <source>The redirect address can&apos;t contain a # part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="181"/>
        <source>The redirect address can&apos;t contain spaces or accented letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="182"/>
        <source>Paste the code from Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="183"/>
        <source>A code from the API console starts with 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="184"/>
        <source>That is not a whole code. It looks like 1000.abc123….def456…; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="187"/>
        <source>That is too short to be a client secret. Copy the whole secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="188"/>
        <source>That redirect address has an invalid port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="189"/>
        <source>The clock agrees with Zoho&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="190"/>
        <source>Zoho did not say what time it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="191"/>
        <source>Set the clock to update automatically; wrong time breaks sign-in and expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="194"/>
        <source>Zoho renewed this connection&apos;s access in the last ten minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="195"/>
        <source>Zoho renewed this connection&apos;s access just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="196"/>
        <source>Zoho&apos;s time could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="197"/>
        <source>Zoho did not report which access it granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="198"/>
        <source>No organization was chosen for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="199"/>
        <source>Reconnect and choose the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="200"/>
        <source>Reconnect and allow all the access asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="201"/>
        <source>Everything this connection asked for was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="202"/>
        <source>Not checked, because Zoho did not renew access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="203"/>
        <source>Reconnect so the right data center is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="204"/>
        <source>Zoho Books could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="205"/>
        <source>Check the internet connection, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="206"/>
        <source>Reconnect and choose the organization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="207"/>
        <source>There was no key to revoke at Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="208"/>
        <source>Zoho revoked the connection&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="209"/>
        <source>Removed the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="210"/>
        <source>Zoho had already forgotten this connection&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="211"/>
        <source>The code from the API console has expired or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="212"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client → Generate Code) and paste it here. Paste it soon: the code only lives for the time you picked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="127"/>
        <source>Sign in with the Zoho account your firm set up for this, or ask your firm&apos;s IT person which organizations you may connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="216"/>
        <source>No system password store was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="217"/>
        <source>The only password store found keeps passwords in a plain file, which is not safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="220"/>
        <source>Start the sign-in again. If it keeps happening, ask your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="223"/>
        <source>Zoho no longer knows this connection&apos;s key; it was already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="226"/>
        <source>Nothing more is needed at Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="227"/>
        <source>Zoho Books sent an organization list this program could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="228"/>
        <source>Zoho Books sent an organization this program could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="229"/>
        <source>Zoho Books sent an organization without an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="230"/>
        <source>This organization has used up today&apos;s Zoho Books API calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="231"/>
        <source>The limit resets tomorrow. Your plan sets how many calls a day are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="234"/>
        <source>The connection broke while Zoho was answering, and the code can only be used once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="237"/>
        <source>Sign in again; your details are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="238"/>
        <source>Check your internet connection, then sign in again; your details are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="241"/>
        <source>Another program (perhaps another copy of this wizard) is already waiting for a sign-in on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="245"/>
        <source>Finish or close the other sign-in first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="246"/>
        <source>Your own browser can only hand the sign-in back to this wizard through a redirect address on this computer (http://127.0.0.1:PORT/…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="250"/>
        <source>Register such an address for the client, and enter it under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="253"/>
        <source>This address is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="254"/>
        <source>This page was not opened by the wizard&apos;s current sign-in. Go back to the wizard and start again from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="258"/>
        <source>Zoho did not give access. Go back to the Zoho Wizard window to see why and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="262"/>
        <source>Go back to the Zoho Wizard window to finish. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="265"/>
        <source>The wizard could not listen for the sign-in on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="266"/>
        <source>Try again, or use the sign-in inside the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="267"/>
        <source>The wizard opened without it. Ask your firm&apos;s IT person to correct the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
