<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccessSection</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="57"/>
        <source>What may your firm&apos;s tools do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="59"/>
        <source>What your firm&apos;s tools may do in Zoho Books: only look (view), also add and change, or also delete. Choose as little as your tools need; Zoho asks you to agree to exactly this when you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="66"/>
        <source>What your firm&apos;s tools may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="106"/>
        <source>Permissions your firm chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="109"/>
        <source>Your firm chose these permissions; they can&apos;t be shown as the usual choices, so they are used exactly as listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="118"/>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="119"/>
        <source>Full access to everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="122"/>
        <source>View, change and delete everything in Zoho Books. Choose this only if your tools really need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="144"/>
        <source>Access to {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="147"/>
        <source>Always at least “View only”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="188"/>
        <source>Hide the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="188"/>
        <source>Show the details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="191"/>
        <source>Hide the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="193"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/access_choices.py" line="194"/>
        <source>Change what your firm&apos;s tools may do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSetupPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="91"/>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="98"/>
        <source>Set up for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="93"/>
        <source>Make a setup file once. Staff open it and only sign in to Zoho: no App ID, no secret, no choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="97"/>
        <source>&amp;Save setup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="99"/>
        <source>How to register the app in Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="103"/>
        <source>The steps in Zoho&apos;s API console, with the redirect URI to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="140"/>
        <source>The app your firm registered in Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="142"/>
        <source>Smith &amp; Co IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="144"/>
        <source>Set by (your firm&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="146"/>
        <source>Staff see it on their screen: “Smith &amp; Co IT set this up”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="152"/>
        <source>App ID (Zoho calls it the Client ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="154"/>
        <source>On the app&apos;s Client Secret tab in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="163"/>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="304"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="166"/>
        <source>Show the App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="170"/>
        <source>App secret (Zoho calls it the Client Secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="181"/>
        <source>Where the app was registered (its home data center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="184"/>
        <source>The data center of the API console you used. Sign-ins start there; Zoho sends each person on to their own (turn on Multi-DC for staff elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="193"/>
        <source>Staff&apos;s connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="197"/>
        <source>Allowed organizations (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="200"/>
        <source>Zoho Books organization IDs, separated by commas. Empty: any organization the person can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="207"/>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="210"/>
        <source>{organization} becomes the organization&apos;s name. The firm&apos;s tools and scripts use this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="215"/>
        <source>Put the App secret in the setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="219"/>
        <source>Staff then only sign in. The file is saved private (only you can read it), and the wizard moves the secret into each person&apos;s password store. Without it, staff type the App secret themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="230"/>
        <source>Signing in on another device (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="234"/>
        <source>For computers that cannot show Zoho&apos;s sign-in page (a remote desktop, a locked-down PC, a company sign-in that refuses it): staff approve with a code on their phone instead. In Zoho&apos;s API console choose Add Client, then Non-browser Applications; give it a name staff will recognise (they see it when they approve) and your homepage. It needs no redirect address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="247"/>
        <source>Non-browser app&apos;s Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="249"/>
        <source>Empty: staff sign in on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="255"/>
        <source>Non-browser app&apos;s Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="257"/>
        <source>Goes into the setup file with the App secret, kept the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="262"/>
        <source>Its name in the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="264"/>
        <source>Shown to staff, so they know what they approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="270"/>
        <source>Handing it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="272"/>
        <source>Choose Save setup file… and pick a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="275"/>
        <source>E-mail the file to staff, or put it on the shared drive. It holds the App secret: send it only to the people who need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="281"/>
        <source>They double-click it (or choose Open setup file… in Zoho Wizard) and sign in to Zoho. The wizard keeps the secret in their computer&apos;s password store and offers to delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="291"/>
        <source>&amp;Try a sign-in with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="292"/>
        <source>Try a sign-in with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="294"/>
        <source>Opens the saved setup file here and signs in to Zoho, as staff will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="304"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="342"/>
        <source>Enter the App secret, or untick “Put the App secret in the setup file”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="347"/>
        <source>Enter the Non-browser app&apos;s Client Secret (it is needed to sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="369"/>
        <source>The setup file is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/admin_setup.py" line="370"/>
        <source>{path}
Hand it over as below. To check it works, try a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvancedSection</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="53"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="57"/>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="156"/>
        <source>Show Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="60"/>
        <source>Other ways to connect, where the app was registered, and the redirect address; only change these if your firm&apos;s IT admin asks you to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="85"/>
        <source>What is the redirect address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="87"/>
        <source>After you sign in, Zoho sends you back to this address on your own computer, where this program picks up Zoho&apos;s answer. Your IT admin must register exactly this address for the app (Zoho: the redirect URI of the client) in the API console. If the console does not accept http://127.0.0.1:47214/callback, http://localhost:47214/callback works too: register that one and enter it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="99"/>
        <source>Puts the redirect address on the clipboard, to paste into Zoho&apos;s API console (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="108"/>
        <source>Redirect address (redirect URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="110"/>
        <source>Must match the address registered for the app, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="119"/>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="120"/>
        <source>Mobile-based client type (use PKCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="123"/>
        <source>Tick this if the app was registered in Zoho&apos;s API console as a Mobile-based Applications client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="129"/>
        <source>What is the mobile-based client type?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="131"/>
        <source>Zoho&apos;s API console offers several client types. Tick this only if your IT admin registered a Mobile-based Applications client; for a Server-based Applications client leave it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="156"/>
        <source>Hide Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/advanced.py" line="176"/>
        <source>Redirect address to register in Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeStartPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="56"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="62"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="64"/>
        <source>How your firm&apos;s admin sets this up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="69"/>
        <source>Practice mode: the practice sandbox stands in for Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="58"/>
        <source>Your firm&apos;s admin registers this program in Zoho&apos;s API console once, then gives staff its App ID and App secret (best in a setup file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="71"/>
        <source>A practice client is already registered there, so nothing below needs doing: go back and use the practice setup or the practice details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="78"/>
        <source>What your firm&apos;s admin does, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="88"/>
        <source>That&apos;s all. Then go back, enter the App ID and App secret (Zoho calls them the client ID and client secret), and save a setup file for staff or sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="95"/>
        <source>Optional: signing in on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="98"/>
        <source>Some computers cannot show Zoho&apos;s sign-in page (a remote desktop, a locked-down PC, a company sign-in that refuses it). Staff there can approve with a code on their phone instead. For that, choose Add Client once more, then Non-browser Applications: a name staff will recognise (they see it when they approve) and your homepage; no redirect address. Its client ID and secret go into the setup file too (Set up for staff…, “Signing in on another device”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="120"/>
        <source>Open Zoho&apos;s API console for your firm&apos;s data center and sign in with the firm&apos;s Zoho account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="132"/>
        <source>Your firm&apos;s data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="134"/>
        <source>The API console&apos;s address depends on it; the details page uses the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="137"/>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="235"/>
        <source>&amp;Open the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="161"/>
        <source>Choose Add Client, then Server-based Applications. (A Mobile-based Applications client works too: then tick “Mobile-based client type (use PKCE)” under Advanced on the details page.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="188"/>
        <source>Choose Create. The client ID and the client secret are on the Client Secret tab: they go into the setup file for staff (or the details page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="139"/>
        <source>Opens the API console in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="170"/>
        <source>Give it a name (for example “Zoho Wizard”) and your firm&apos;s website as the homepage. Under Authorized Redirect URIs, enter exactly this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="175"/>
        <source>Puts the redirect address on the clipboard (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="195"/>
        <source>If some staff have Zoho accounts in other data centers (Europe, India, Australia…), open the Settings tab and turn on Multi-DC for those data centers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="215"/>
        <source>Redirect address to register: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="220"/>
        <source>If the console does not accept this address, enter {alternative} there instead, and put that same address under Advanced on the details page (or in the setup file for staff): the wizard takes either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="235"/>
        <source>&amp;Open the practice sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/before_start.py" line="242"/>
        <source>API console address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <location filename="../../zoho_wizard/ui/browser.py" line="122"/>
        <source>Zoho sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/browser.py" line="124"/>
        <source>Zoho&apos;s own sign-in and consent page. Sign in and choose Accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="60"/>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="61"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="63"/>
        <source>Sign in to Zoho again for this connection; every setting is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="82"/>
        <source>“{name}” works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="84"/>
        <source>“{name}” needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="94"/>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="95"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="96"/>
        <source>partly confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="97"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="111"/>
        <source>{title} — {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/check_results.py" line="116"/>
        <source>What to do: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="109"/>
        <source>Connect Zoho Books — practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="111"/>
        <source>Connect Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="348"/>
        <source>&amp;Back to saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="138"/>
        <source>&amp;Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="139"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="140"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="141"/>
        <location filename="../../zoho_wizard/ui/wizard.py" line="348"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="297"/>
        <location filename="../../zoho_wizard/ui/wizard.py" line="302"/>
        <source>Go on to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="298"/>
        <source>Close this window without finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="299"/>
        <source>Close this window; the connection is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="300"/>
        <source>Stop signing in and go back to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="301"/>
        <source>Go back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="303"/>
        <source>Show help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="387"/>
        <source>Reconnect “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/closing.py" line="27"/>
        <source>Stop connecting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/closing.py" line="28"/>
        <source>Stop connecting to Zoho Books?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/closing.py" line="30"/>
        <source>The connection is saved, but no organization is chosen yet. If you close now, choose Reconnect next time to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/closing.py" line="36"/>
        <source>The connection is not finished. If you close now, nothing is saved and you start again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/closing.py" line="43"/>
        <source>&amp;Keep connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/closing.py" line="47"/>
        <source>Close &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/closing.py" line="50"/>
        <source>Keep connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/closing.py" line="51"/>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="79"/>
        <source>Sign in to Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="137"/>
        <source>Address of the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="152"/>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="154"/>
        <source>Use my own browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="157"/>
        <source>Opens this sign-in in your usual web browser, for example when you sign in to Zoho with Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="144"/>
        <source>Page loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="80"/>
        <source>Sign in, then choose Accept. This window carries on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="172"/>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="173"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="174"/>
        <source>Load the sign-in page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="180"/>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="181"/>
        <source>Use my own browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="195"/>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="196"/>
        <source>Continue in my web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="207"/>
        <source>Sign in on your phone or another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="210"/>
        <source>Shows a code to enter on any phone or computer; no browser needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="255"/>
        <source>This page is not Zoho&apos;s: {host}. Don&apos;t enter your Zoho password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="264"/>
        <source>Opening Zoho&apos;s sign-in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="267"/>
        <source>Secure connection to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="271"/>
        <source>Not encrypted: {host} (practice sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="275"/>
        <source>Not encrypted: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="301"/>
        <source>Zoho&apos;s page reports a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="303"/>
        <source>Read Zoho&apos;s message below. Usually the app&apos;s details need correcting; Cancel sign-in takes you back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="311"/>
        <source>Zoho&apos;s sign-in page could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="312"/>
        <source>Check your internet connection, then try again. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="376"/>
        <source>Signing in with {provider}? Use your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="380"/>
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
    <name>CredentialsSection</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="44"/>
        <source>The app your firm registered in Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="57"/>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="59"/>
        <source>How does my firm&apos;s IT admin set this up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="61"/>
        <source>Shows, step by step, how the app is registered in Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="74"/>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="76"/>
        <source>Looks like 1000.ABC123…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="77"/>
        <source>Zoho calls it the client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="79"/>
        <source>What is the App ID?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="81"/>
        <source>The ID of the app your firm&apos;s IT admin registered in Zoho (Zoho calls the app a client, and this its client ID). It starts with 1000. Ask your admin if you don&apos;t have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="88"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="90"/>
        <source>Kept in this computer&apos;s password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="91"/>
        <source>Zoho calls it the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="93"/>
        <source>What is the App secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="95"/>
        <source>A password that belongs to the App ID (Zoho calls it the client secret); your firm&apos;s IT admin gives you both. It is kept in this computer&apos;s password store and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="103"/>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="119"/>
        <source>Show the App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="119"/>
        <source>Hide the App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="139"/>
        <source>Your Self Client&apos;s client ID and client secret are on its Client Secret tab in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/credentials.py" line="146"/>
        <source>Zoho calls it a client. Your firm&apos;s IT admin registers it once and gives you its App ID and App secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCenterField</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/data_center.py" line="34"/>
        <source>{label} — Books not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/data_center.py" line="44"/>
        <source>Data center where the app was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/data_center.py" line="45"/>
        <source>App registered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/data_center.py" line="49"/>
        <source>What is the data center?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/data_center.py" line="51"/>
        <source>Where your firm&apos;s IT admin registered the app: the data center of the Zoho API console they used (zoho.eu is Europe). Every sign-in starts there, and Zoho sends each person on to their own data center. If you are not sure, keep United States, where most apps are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/data_center.py" line="72"/>
        <source>The one whose API console you used (api-console.zoho.eu is Europe…). It can&apos;t be detected here: a pasted code doesn&apos;t say where your account is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/data_center.py" line="79"/>
        <source>Where your firm&apos;s app was registered, not where your account is: Zoho forwards you. Not sure? Keep United States.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsBanners</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="42"/>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="131"/>
        <source>Checking where your sign-in can be kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="43"/>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="44"/>
        <source>Keep this connection for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="47"/>
        <source>Your sign-in stays in memory until this program closes; nothing is written to disk. You will need to connect again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="62"/>
        <source>Practice mode — nothing here talks to the real Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="64"/>
        <source>&amp;Fill in practice details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="65"/>
        <source>Fill in practice details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="67"/>
        <source>Puts the practice app&apos;s details into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="75"/>
        <source>Everything runs on this computer. On the practice sign-in page use {email} with the password “{password}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="86"/>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="87"/>
        <source>Make it private and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="89"/>
        <source>Lets only you read the setup file, then opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="138"/>
        <source>Your sign-in will be kept in this computer&apos;s password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="139"/>
        <source>The App secret and Zoho&apos;s sign-in are never written to a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="146"/>
        <source>No secure password store is available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="148"/>
        <source>{problem} Your sign-in is never written to a plain file. To go on, keep this connection for this session only: it works until you close this program, and you connect again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="161"/>
        <source>Your firm has filled in some of these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="162"/>
        <source>Those marked with a lock are set by {who} and can&apos;t be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="163"/>
        <source>your firm&apos;s IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/banners.py" line="166"/>
        <source>You can change them if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="43"/>
        <source>Open setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="45"/>
        <source>Setup files (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="252"/>
        <source>Choose what your tools may do, then approve with a code on your phone or another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="255"/>
        <source>&amp;Show a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="258"/>
        <source>Your firm has set everything up. Sign in with your Zoho account to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="263"/>
        <source>Enter the app your firm&apos;s IT admin registered in Zoho, then sign in to Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="266"/>
        <source>Connect to Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="106"/>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="260"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="265"/>
        <source>&amp;Sign in to Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="246"/>
        <source>Enter your Self Client&apos;s ID and secret, choose what your tools may do, then paste a code from Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="249"/>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceSignInPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="77"/>
        <source>Sign in on your phone or another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="79"/>
        <source>Open the address on any phone or computer, enter the code and approve. This window carries on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="113"/>
        <source>1. On your phone or another computer, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="114"/>
        <source>Address to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="118"/>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="185"/>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="119"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="121"/>
        <source>Opens the address in the web browser on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="128"/>
        <source>2. Enter this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="130"/>
        <source>Code to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="138"/>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="197"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="143"/>
        <source>3. Check the app&apos;s name, then choose Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="152"/>
        <source>QR code of the address to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="154"/>
        <source>Or scan this with your phone&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="159"/>
        <source>Time left for the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="184"/>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="196"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="219"/>
        <source>Getting a code from Zoho…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="221"/>
        <source>Approved. Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="232"/>
        <source>It asks for “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="234"/>
        <source>It names the app your firm set up for Zoho Books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="241"/>
        <source>Waiting for you to approve… (checking every {n} seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="243"/>
        <source>Your account is in another data center: checking there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/device.py" line="259"/>
        <source>The code works for {time} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="56"/>
        <source>You&apos;re connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="57"/>
        <source>Your firm&apos;s tools can now use Zoho Books through this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="86"/>
        <source>Choose Finish to close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="114"/>
        <source>Name your firm&apos;s tools use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="122"/>
        <source>Scripts and spreadsheets find this connection by this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="129"/>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="130"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="132"/>
        <source>Gives the connection the name in the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="136"/>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="138"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="139"/>
        <source>Copies the connection&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="156"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="157"/>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="158"/>
        <source>Access granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="159"/>
        <source>Keys kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="160"/>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="199"/>
        <source>Type a name for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="212"/>
        <source>Copied: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="227"/>
        <source>Renamed: your firm&apos;s tools now use “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="265"/>
        <source>{access} (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="269"/>
        <source>{access} (asked for, not confirmed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="273"/>
        <source>Zoho did not say which access it granted; what was used is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="317"/>
        <source>This program&apos;s memory only, until it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="319"/>
        <source>This computer&apos;s password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="73"/>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="74"/>
        <source>Save receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="76"/>
        <source>Saves a one-page PDF receipt of this connection for your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="286"/>
        <source>Connected as {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="288"/>
        <source>Connected to Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="296"/>
        <source>Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="299"/>
        <source>{name}{currency}
Organization ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="308"/>
        <source>{label} — practice sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="95"/>
        <source>Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="97"/>
        <source>Paste a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="99"/>
        <source>Get a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="101"/>
        <source>Open Zoho&apos;s API console (for your admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="103"/>
        <location filename="../../zoho_wizard/ui/banner.py" line="104"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="105"/>
        <source>Back to details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="106"/>
        <source>Copy redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="107"/>
        <source>Open Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="110"/>
        <location filename="../../zoho_wizard/ui/banner.py" line="111"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="112"/>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="115"/>
        <source>Copy a message for your IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="118"/>
        <location filename="../../zoho_wizard/ui/banner.py" line="122"/>
        <source>Make it private and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="121"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="191"/>
        <source>Try again in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="212"/>
        <source>Recovery action for the error above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="221"/>
        <source>Copied — paste it into an e-mail to your IT admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishingPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="209"/>
        <source>Finishing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="164"/>
        <source>You are signed in, and the keys Zoho issued are held in memory, so you will not need to sign in again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="215"/>
        <source>Network trouble, trying again (attempt {n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="196"/>
        <source>Only your firm&apos;s IT admin can fix this. Copy them a message with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="199"/>
        <source>You are signed in; saving the keys did not work. Choose below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="201"/>
        <source>This did not work. Below is what happened and what you can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="204"/>
        <source>The code from the API console works for the time you picked there. It is used straight away; you don&apos;t need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="208"/>
        <source>This takes a few seconds; you don&apos;t need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="219"/>
        <source>The connection could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="236"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="238"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="240"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="242"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="247"/>
        <source>Finding your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="250"/>
        <source>Found your organization: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="254"/>
        <source>Confirming the sign-in with Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="255"/>
        <source>Keeping the keys in this program&apos;s memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="257"/>
        <source>Saving the keys in this computer&apos;s password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="281"/>
        <source>The code expires in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="289"/>
        <source>Trying Zoho again while the code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="291"/>
        <source>The code is used as soon as Zoho answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="283"/>
        <source>Sign-in code expires in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="285"/>
        <source>The sign-in code has expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityQuestion</name>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="17"/>
        <source>You signed in as {new}, but this connection was made by {old}. Use {new}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="21"/>
        <source>Your firm&apos;s tools will then work in Zoho Books as {new}. To keep {old}, choose Sign in again and sign in with that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="27"/>
        <source>The organization “{organization}” is not in this Zoho account, so you will choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="32"/>
        <source>Use {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="36"/>
        <source>The organization “{organization}” is not in this Zoho account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="39"/>
        <source>You can use this sign-in anyway and choose another organization, or sign in again with the Zoho account that has “{organization}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="47"/>
        <source>Choose another organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="100"/>
        <source>Reconnect “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="104"/>
        <location filename="../../zoho_wizard/ui/identity.py" line="106"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/identity.py" line="108"/>
        <source>Opens Zoho&apos;s sign-in page again, to sign in with another account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotZoho</name>
    <message>
        <location filename="../../zoho_wizard/ui/not_zoho.py" line="24"/>
        <source>Not Zoho: connecting to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/not_zoho.py" line="36"/>
        <source>This program was started with another server&apos;s address, so your sign-in and keys go there instead of to Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="211"/>
        <source>Choose the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="215"/>
        <source>Your Zoho account can reach these Zoho Books organizations. Pick the one this connection is for; your firm&apos;s tools will work with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="136"/>
        <source>&amp;Use this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="143"/>
        <source>Zoho Books organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="145"/>
        <source>Use the arrow keys to choose; the default organization is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="154"/>
        <source>Saving your choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="194"/>
        <source>Signed in to Zoho as {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="212"/>
        <source>Something went wrong with the organizations: see below what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="225"/>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="232"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="226"/>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="233"/>
        <source>Organization ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="227"/>
        <source>Not allowed by your firm&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnBrowserView</name>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="78"/>
        <source>Waiting for your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="89"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="90"/>
        <source>Copy the redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="100"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="103"/>
        <source>Back to details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="105"/>
        <source>Open the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="107"/>
        <source>Opens Zoho&apos;s sign-in page in your web browser once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="112"/>
        <source>Sign in on your phone or another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="131"/>
        <source>Finish signing in with your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="133"/>
        <source>Zoho&apos;s sign-in page is open in your web browser. Sign in there and choose Accept; we&apos;ll continue here automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="137"/>
        <source>No new browser tab? Choose “Open the page again”. {invalid_client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="201"/>
        <source>If Zoho shows “Invalid Client”, it does not know this app in your Zoho account&apos;s data center: ask your firm&apos;s admin to check the client ID and to turn on Multi-DC for it in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="141"/>
        <source>The sign-in in your web browser timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="143"/>
        <source>Nothing came back from your web browser in time, so this window stopped waiting. Try again, or sign in inside this window instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="149"/>
        <source>Your web browser can&apos;t hand the sign-in back to this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="151"/>
        <source>That needs a redirect address on this computer, and this client uses another one. Ask your firm&apos;s admin to register this address for the client in Zoho&apos;s API console, then enter it under Advanced on the details page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="155"/>
        <source>Or sign in inside this window, as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="160"/>
        <source>Your web browser could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="178"/>
        <source>Cancel, sign in here instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="180"/>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="185"/>
        <source>Sign in inside this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/own_browser_view.py" line="183"/>
        <source>Cancel and sign in inside this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetLocks</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/preset_locks.py" line="68"/>
        <source>your firm&apos;s IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/preset_locks.py" line="69"/>
        <source>Set by {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetView</name>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="119"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="121"/>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="124"/>
        <source>field “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="131"/>
        <source>Your firm&apos;s settings file could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/preset_view.py" line="132"/>
        <source>{where}. {problem} The wizard opened without it, so fill in the details yourself or ask your firm&apos;s IT person to correct the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="61"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="64"/>
        <source>{time} (UTC{offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="71"/>
        <source>Zoho Books connection receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="78"/>
        <source>{name} (organization ID {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="82"/>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="84"/>
        <source>your firm&apos;s IT admin, with a Self Client (for scheduled jobs; no sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="88"/>
        <source>the Zoho user who signed in (e-mail not shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="92"/>
        <source>Connection (the name your firm&apos;s tools use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="93"/>
        <source>Zoho Books organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="94"/>
        <source>Connected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="95"/>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="96"/>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="97"/>
        <source>App ID (Zoho calls it the client ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="98"/>
        <source>Where the keys are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="101"/>
        <source>Not Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="109"/>
        <source>Zoho did not report which of these it granted; this is what the connection asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="115"/>
        <source>Confirmed while connecting: {access}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="124"/>
        <source>Open {program}, select “{name}” and click Disconnect. From a command prompt: zoho-wizard disconnect &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="132"/>
        <source>This deletes the keys from this computer; there is nothing to revoke at Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="136"/>
        <source>The Self Client itself stays in Zoho&apos;s API console until your firm&apos;s IT admin deletes it there (api-console.zoho.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="144"/>
        <source>This revokes the access at Zoho and deletes the keys from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/receipt.py" line="147"/>
        <source>Zoho also lists the connection under Zoho Accounts → Sessions → Connected Apps, where it can be revoked too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectAddressBox</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="274"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="277"/>
        <source>Copy the redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="279"/>
        <source>Copy the redirect address (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedConnections</name>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="37"/>
        <source>{day} {month_year} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="83"/>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="103"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="84"/>
        <source>Its keys were kept for one session only and are gone now. Reconnect to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="92"/>
        <source>Checked {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="99"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="105"/>
        <source>The last check found a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="109"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="110"/>
        <source>Choose Check to see whether it still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="140"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="141"/>
        <source>Its saved settings in {path} can&apos;t be read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="153"/>
        <source>Reconnect to make it again with the same name; the other connections work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="159"/>
        <source>No organization chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="163"/>
        <source>for scheduled jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/saved_rows.py" line="166"/>
        <source>connected {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="51"/>
        <source>Save the connection receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="53"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="177"/>
        <source>Checking “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="192"/>
        <source>Checking every connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="220"/>
        <source>“{name}”: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="237"/>
        <source>Disconnecting “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="256"/>
        <source>“{name}” is disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="258"/>
        <source>“{name}” is removed from this computer, but Zoho did not confirm it revoked the access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="264"/>
        <source>“{name}” is removed from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="275"/>
        <source>“{name}” is still connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="280"/>
        <source>You can remove it from this computer anyway. Zoho then still lists it under Zoho Accounts → Sessions → Connected Apps, where you can remove it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="349"/>
        <source>The file could not be renamed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="353"/>
        <source>Ask your firm&apos;s IT person to move it: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="365"/>
        <source>The damaged file was set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="367"/>
        <source>It is now called {name}, in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="370"/>
        <source>Choose New connection to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="388"/>
        <source>The receipt could not be saved ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="392"/>
        <location filename="../../zoho_wizard/ui/connections.py" line="402"/>
        <source>Choose another folder, for example your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="400"/>
        <source>The receipt could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="409"/>
        <source>Receipt saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfClientPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="60"/>
        <source>Get a code from Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="97"/>
        <source>Open Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="99"/>
        <source>Opens the API console in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="108"/>
        <source>In the Scope box, paste this list (it matches the access chosen above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="138"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="141"/>
        <source>Copy the scope list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="96"/>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="241"/>
        <source>&amp;Open the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="143"/>
        <source>Puts the scope list on the clipboard, to paste into the API console (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="145"/>
        <source>Copy the scope list (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="113"/>
        <source>Pick an expiry time, type a description (for example “Zoho Wizard”), choose Create, and copy the code Zoho shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="69"/>
        <source>Code from the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="71"/>
        <source>Paste the code here; it looks like 1000.1a2b3c….4d5e6f…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="73"/>
        <source>What is the code from the API console?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="75"/>
        <source>A one-time code that Zoho&apos;s API console makes for a Self Client, on its Generate Code tab. Paste it here straight away: it stops working after the expiry time you picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="92"/>
        <source>Open Zoho&apos;s API console for the data center chosen above, choose your Self Client, then the Generate Code tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="119"/>
        <source>Paste the code below and choose Connect straight away: the code only works for the time you picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="154"/>
        <source>{n} minutes (the console&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="156"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="160"/>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="162"/>
        <source>Expiry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="161"/>
        <source>Choose what you picked in the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="166"/>
        <source>What is the expiry time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="168"/>
        <source>How long the code lives, as you chose in the API console when you made it. The countdown on the next page uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="179"/>
        <source>Choose what you picked in the API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="205"/>
        <source>That code was already sent to Zoho, and a code works only once. Generate a new one in the API console and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="225"/>
        <source>Scopes to paste: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/self_client.py" line="239"/>
        <source>&amp;Open the practice API console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/card.py" line="57"/>
        <location filename="../../zoho_wizard/ui/details/card.py" line="59"/>
        <source>Use a different setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/card.py" line="61"/>
        <source>Open another setup file from your firm&apos;s IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/card.py" line="68"/>
        <source>Sign in on your phone or another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/card.py" line="72"/>
        <source>For a computer that cannot show Zoho&apos;s sign-in page: approve with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/card.py" line="83"/>
        <source>Your firm&apos;s IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/card.py" line="84"/>
        <source>{who} set this up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/card.py" line="86"/>
        <source>Zoho Books: {access}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupFiles</name>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="31"/>
        <source>Open the setup file from your IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="33"/>
        <source>Setup files (*.zohowizard *.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="35"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="42"/>
        <source>Zoho Books setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="50"/>
        <source>Save the setup file for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="52"/>
        <source>Setup files (*.zohowizard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="80"/>
        <source>Make it private and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="81"/>
        <source>Lets only you read the setup file, then opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="120"/>
        <source>Delete the setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="121"/>
        <source>Deletes the setup file; the app secret stays in the password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="135"/>
        <source>You can delete the setup file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_widgets.py" line="136"/>
        <source>The app secret it held is in this computer&apos;s password store now, so the file “{name}” isn&apos;t needed any more. Deleting it keeps the secret out of other hands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupIntents</name>
    <message>
        <location filename="../../zoho_wizard/ui/setup_intents.py" line="112"/>
        <source>The setup file was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/setup_intents.py" line="142"/>
        <source>Setup file saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="351"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetDialog</name>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="128"/>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="143"/>
        <source>Use “{name}” in a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="149"/>
        <source>Excel, LibreOffice and Power BI can read your Zoho Books lists from this computer and show the latest figures each time you refresh. Paste an address into Excel: Data → From Web. In Power BI: Get data → Web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="157"/>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="323"/>
        <source>Start the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="158"/>
        <source>Starts the feed on this computer; it keeps running after this window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="163"/>
        <source>Start with the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="164"/>
        <source>Starts the feed each time you log in to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="175"/>
        <source>Keep these addresses to yourself, like a password: anyone using this computer who has one can read these lists. Only this computer can open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="183"/>
        <source>New address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="184"/>
        <source>Replaces these addresses; spreadsheets using the old ones stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="187"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="187"/>
        <source>Closes this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="197"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="209"/>
        <source>Address of {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="211"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="213"/>
        <source>Copy the address of {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="323"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="344"/>
        <source>This connection can&apos;t be used in a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="350"/>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="360"/>
        <source>The feed is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="354"/>
        <source>Getting the addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="356"/>
        <source>Starting the feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="356"/>
        <source>This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="362"/>
        <source>Start it, and these addresses answer. It keeps running after you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="369"/>
        <source>The feed is running (practice mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="371"/>
        <source>In practice mode the lists are made up, and the addresses work only while this window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="377"/>
        <source>The feed is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="379"/>
        <source>It keeps running after you close this window. To have it start each time you log in, choose Start with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="389"/>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="390"/>
        <source>Make a new address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="392"/>
        <source>Spreadsheets using the old addresses stop working until you paste the new ones into them. Do this if an address was shared by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="399"/>
        <source>Make a new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/spreadsheet.py" line="403"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="73"/>
        <source>Your Zoho Books connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="75"/>
        <source>Check that a connection still works, sign in again, or remove it. Choose New connection to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="79"/>
        <source>&amp;New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="114"/>
        <source>Remove from this computer anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="116"/>
        <source>Deletes the keys and settings here without telling Zoho; Zoho keeps listing the connection until you remove it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="122"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="144"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="292"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="122"/>
        <source>Shows the folder in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="127"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="127"/>
        <source>Hides this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="137"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="450"/>
        <source>The list of saved connections can&apos;t be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="139"/>
        <source>Set the file aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="140"/>
        <source>Renames the damaged file so a fresh list can start; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="144"/>
        <source>Shows the folder of the damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="155"/>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="157"/>
        <source>Use the arrow keys to choose a connection; the buttons below act on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="166"/>
        <source>There are no saved connections. Choose New connection to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="187"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="187"/>
        <source>Asks Zoho whether the selected connection still works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="191"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="282"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="192"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="415"/>
        <source>Signs in to Zoho again for the selected connection; every setting is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="198"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="200"/>
        <source>Ends the selected connection at Zoho and deletes its keys and settings from this computer (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="206"/>
        <source>Save receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="207"/>
        <source>Saves a one-page PDF receipt of the selected connection for your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="213"/>
        <source>Use in a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="215"/>
        <source>Shows the addresses Excel, LibreOffice and Power BI read the selected connection&apos;s Zoho Books lists from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="231"/>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="231"/>
        <source>Checks every saved connection, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="95"/>
        <source>What is happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="248"/>
        <source>Open setup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="249"/>
        <source>Opens a setup file from your firm&apos;s IT admin, ready to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="253"/>
        <source>Set up for staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="254"/>
        <source>For your firm&apos;s IT admin: make a setup file that staff open to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="268"/>
        <source>About the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="284"/>
        <source>Makes this connection again under the same name; the damaged entry is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="292"/>
        <source>Shows the folder of the connections file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="326"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="327"/>
        <source>Disconnect “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="330"/>
        <source>Its keys and settings are deleted from this computer, and the scheduled jobs that use it stop working. It has no refresh token, so there is nothing to revoke at Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="336"/>
        <source>Zoho stops its access to {organization}, and its keys and settings are deleted from this computer. Your firm&apos;s tools can no longer use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="338"/>
        <source>Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="340"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="342"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="341"/>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="343"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="410"/>
        <source>A connection for scheduled jobs is made again by your firm&apos;s IT admin (zoho-wizard connect --unattended), not by signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="428"/>
        <source>{name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="452"/>
        <source>The file {path} is damaged ({problem}). The keys are still in the password store. Set the file aside to start a fresh list, or open its folder to show it to your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="470"/>
        <source>“{name}” can&apos;t be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/start.py" line="472"/>
        <source>Its saved settings in {path} are damaged ({problem}). Reconnect to make it again under the same name; your other connections keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/field.py" line="195"/>
        <source>{who}; it can&apos;t be changed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <location filename="../../zoho_wizard/ui/widgets.py" line="91"/>
        <source>{caption}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchLine</name>
    <message>
        <location filename="../../zoho_wizard/ui/watch_line.py" line="27"/>
        <source>Checked automatically every day; the first check has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/watch_line.py" line="32"/>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/watch_line.py" line="34"/>
        <source>yesterday at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/watch_line.py" line="36"/>
        <source>on {day} {month} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/watch_line.py" line="40"/>
        <source>“{name}” needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/watch_line.py" line="44"/>
        <source>{count} connections need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/watch_line.py" line="48"/>
        <source>some could not be checked then; they are checked again the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/watch_line.py" line="52"/>
        <source>all working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/watch_line.py" line="53"/>
        <source>Checked automatically {when}: {found}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WayInChoice</name>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="35"/>
        <source>Other ways to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="36"/>
        <source>Sign in to Zoho (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="37"/>
        <source>Sign in to Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="39"/>
        <source>Sign in with your Zoho account on Zoho&apos;s own page, inside this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="42"/>
        <source>Use a code from the API console (Self Client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="45"/>
        <source>Use a code from Zoho&apos;s API console (Self Client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="49"/>
        <source>For firms that use a Self Client: paste a code generated in Zoho&apos;s API console; no sign-in page and no redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="53"/>
        <source>Sign in on your phone or another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="57"/>
        <source>Shows a code to enter on any phone or computer, for when Zoho&apos;s page cannot open on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="83"/>
        <source>No sign-in page and no redirect address: you paste a one-time code made in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/details/way_in.py" line="88"/>
        <source>You approve on another device. It needs your firm&apos;s app for other devices (a “Non-browser Applications” client; its ID starts with 1004.), which a setup file from your admin brings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="47"/>
        <source>Connect Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="48"/>
        <source>Has your firm&apos;s IT admin given you a setup file or the app details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="50"/>
        <source>Who is setting this up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="63"/>
        <source>&amp;Open setup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="64"/>
        <source>The file your IT admin sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="70"/>
        <source>&amp;Enter the app details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="71"/>
        <source>You have the App ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="76"/>
        <source>&amp;I&apos;m the admin: set up for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="77"/>
        <source>Register the app once, for all staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="113"/>
        <source>Practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="114"/>
        <source>Open the &amp;practice setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="115"/>
        <source>Open the practice setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="117"/>
        <source>Opens a setup file for the practice app, as your IT admin&apos;s would be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="126"/>
        <source>&amp;Copy the setup steps for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="128"/>
        <source>Copy the setup steps for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="130"/>
        <source>Puts everything your IT admin needs on the clipboard, to paste into an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/welcome.py" line="135"/>
        <source>Copied: paste it into an e-mail to your IT admin.</source>
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
        <source>United Arab Emirates (zoho.ae)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="21"/>
        <source>Singapore (zoho.sg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="22"/>
        <source>Organization settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="23"/>
        <source>Organization details, taxes, currencies and users. Needed to find your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="27"/>
        <source>Customers and vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="28"/>
        <source>Names, addresses and contact people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="29"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="30"/>
        <source>Invoices sent to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="31"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="32"/>
        <source>Estimates and quotes sent to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="33"/>
        <source>Sales orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="34"/>
        <source>Sales orders from customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="35"/>
        <source>Customer payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="36"/>
        <source>Payments received from customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="37"/>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="38"/>
        <source>Credit notes issued to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="39"/>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="40"/>
        <source>Bills received from vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="41"/>
        <source>Purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="42"/>
        <source>Purchase orders sent to vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="43"/>
        <source>Vendor payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="44"/>
        <source>Payments made to vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="45"/>
        <source>Vendor credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="46"/>
        <source>Credits received from vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="47"/>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="48"/>
        <source>Recorded expenses and receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="49"/>
        <source>Banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="50"/>
        <source>Bank accounts, feeds and reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="51"/>
        <source>Projects and timesheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="52"/>
        <source>Projects, tasks and logged time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="53"/>
        <source>Accountant tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="54"/>
        <source>Chart of accounts, journals and other accountant functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="55"/>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="56"/>
        <source>View only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="57"/>
        <source>View and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="58"/>
        <source>View, change and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="59"/>
        <source>View {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="60"/>
        <source>view {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="61"/>
        <source>View and change {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="62"/>
        <source>view and change {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="63"/>
        <source>View, change and delete {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="64"/>
        <source>view, change and delete {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="66"/>
        <source>{n} other permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="67"/>
        <source>1 other permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="68"/>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="69"/>
        <source>{first}, {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="70"/>
        <source>{n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="71"/>
        <source>organization settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="72"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="73"/>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="74"/>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="75"/>
        <source>sales orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="76"/>
        <source>customer payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="77"/>
        <source>credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="78"/>
        <source>bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="79"/>
        <source>purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="80"/>
        <source>vendor payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="81"/>
        <source>vendor credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="82"/>
        <source>expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="83"/>
        <source>banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="84"/>
        <source>projects and timesheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="85"/>
        <source>accountant tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="86"/>
        <source>view only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="87"/>
        <source>view and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="88"/>
        <source>view, change and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="65"/>
        <source>Everything in Zoho Books: view, change and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="89"/>
        <source>Your Zoho name and e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="90"/>
        <location filename="../../zoho_wizard/ui/i18n.py" line="86"/>
        <source>{module}: {access}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="91"/>
        <source>Start page (every list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="92"/>
        <source>Items (products and services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="93"/>
        <source>Chart of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="94"/>
        <source>Payments received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="95"/>
        <source>Payments made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="96"/>
        <source>Quotes (estimates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="97"/>
        <source>Manual journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="98"/>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="99"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="100"/>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="101"/>
        <source>Access for scheduled jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="102"/>
        <source>Access granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="103"/>
        <source>Staying signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="104"/>
        <source>This computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="105"/>
        <source>Your firm&apos;s IT admin needs to change a setting of the app in Zoho. Copy them the message: it says exactly what to change. Then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="109"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="110"/>
        <source>Try again. If it keeps happening, ask your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="111"/>
        <source>Zoho could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="112"/>
        <source>Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="113"/>
        <source>Zoho sent an answer this program could not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="114"/>
        <source>Zoho may be having trouble. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="115"/>
        <source>Zoho says the sign-in code has expired or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="116"/>
        <source>Sign in again; the new code will be used straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="117"/>
        <source>The sign-in code expired before it could be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="118"/>
        <source>Sign in again. It only takes a moment, and your details are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="127"/>
        <source>Check the client ID. If it is right, your firm&apos;s admin must turn on Multi-DC for this client in Zoho&apos;s API console (Settings tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="131"/>
        <source>Zoho says the client secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="132"/>
        <source>Copy the client secret again from Zoho&apos;s API console. If your firm uses a different secret for each data center, use the one for your data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="136"/>
        <source>Zoho says the redirect address is not registered for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="137"/>
        <source>Copy the redirect address shown on the details page and add it, exactly, to the client in Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="141"/>
        <source>Zoho did not accept the access this connection asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="142"/>
        <source>Go back and choose fewer or different kinds of access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="143"/>
        <source>You chose not to allow access, so nothing was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="144"/>
        <source>If that was a mistake, sign in again and click Accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="145"/>
        <source>Zoho is limiting requests because too many were made in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="148"/>
        <source>The answer from the sign-in page did not belong to this sign-in, so it was ignored for your safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="152"/>
        <source>Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="153"/>
        <source>The sign-in page sent the code to a server that is not one of Zoho&apos;s, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="157"/>
        <source>Start the sign-in again. If it happens again, tell your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="160"/>
        <source>The sign-in answer named a different Zoho server than the one it came from, so the code was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="164"/>
        <source>Zoho did not say where your data center&apos;s Zoho Books is, so nothing was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="167"/>
        <source>Try again later. If it keeps happening, tell your firm&apos;s IT person; the details are in this program&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="171"/>
        <source>Zoho did not give this program a long-lasting key, so the connection would stop working within an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="175"/>
        <source>Sign in again and click Accept on Zoho&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="176"/>
        <source>Zoho&apos;s sign-in page came back without a sign-in code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="177"/>
        <source>The sign-in server answered by pointing this program to another address, so your keys were not sent on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="181"/>
        <source>Try again. If it keeps happening, tell your firm&apos;s IT person: a proxy or a custom server address may be sending this program elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="185"/>
        <source>The server address given to this program uses plain http, which would send your keys unprotected, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="189"/>
        <source>Give its https:// address instead. Plain http is only allowed for a server on this computer (like http://127.0.0.1:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="193"/>
        <source>This program sends a connection&apos;s key only to that connection&apos;s Zoho address, so the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="197"/>
        <source>Use an address relative to the API (like “invoices”). If this host really must get the key, pass allow_other_hosts=True; plain http is only allowed to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="201"/>
        <source>Zoho Books refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="202"/>
        <source>Zoho Books did not accept this connection&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="203"/>
        <source>Reconnect to sign in again; your settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="204"/>
        <source>Zoho Books is limiting requests for this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="205"/>
        <source>Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="206"/>
        <source>None of the organizations this Zoho account can reach is allowed by your firm&apos;s settings, so nothing was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="214"/>
        <source>This Zoho account has no Zoho Books organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="215"/>
        <source>Sign in with the Zoho account that uses Zoho Books, or create an organization in Zoho Books first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="219"/>
        <source>Your connection could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="220"/>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="221"/>
        <source>This computer has no usable password store for the connection&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="224"/>
        <source>Unlock or set up your system&apos;s password store (for example GNOME Keyring or KWallet), or keep this connection for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="228"/>
        <source>A saved key for this connection is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="229"/>
        <source>Reconnect to sign in again; your other settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="230"/>
        <source>Something unexpected went wrong while saving your keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="231"/>
        <source>Try again. If it keeps happening, ask your firm&apos;s IT person; the details are in this program&apos;s log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="235"/>
        <source>This connection&apos;s saved settings point to a server that is not one of Zoho&apos;s, so no key was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="239"/>
        <source>Reconnect to sign in again, so Zoho&apos;s servers are recorded. If a test server is meant, give its address again with --accounts-url or --api-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="243"/>
        <source>Check that Windows Credential Manager can be used: sign in to Windows as yourself (a scheduled task or a remote shell has no access to it), or ask your firm&apos;s IT person whether a policy turns it off. Or keep this connection for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="247"/>
        <source>Unlock your Mac&apos;s login keychain (in Keychain Access) and allow Zoho Wizard when your Mac asks, or keep this connection for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="251"/>
        <source>Rename or delete that file, then connect again. Your keys stay in the password store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="255"/>
        <source>Wait a moment, then try again. If it keeps happening, close other copies of this program, or ask your firm&apos;s IT person about programs that scan or back up that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="259"/>
        <source>Check the name, or make the connection in the wizard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="260"/>
        <source>Give the connection a name, for example the client business it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="263"/>
        <source>The name can&apos;t contain slashes or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="264"/>
        <source>A connection with this name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="280"/>
        <source>Enter the redirect address registered for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="281"/>
        <source>That redirect address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="282"/>
        <source>The redirect address can&apos;t contain a # part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="283"/>
        <source>The redirect address can&apos;t contain spaces or accented letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="284"/>
        <source>Paste the code from Zoho&apos;s API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="285"/>
        <source>A code from the API console starts with 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="286"/>
        <source>That is not a whole code. It looks like 1000.abc123….def456…; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="290"/>
        <source>That redirect address has an invalid port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="291"/>
        <source>Zoho gave this connection access with its Self Client just now (a connection for scheduled jobs has no refresh token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="295"/>
        <source>The clock agrees with Zoho&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="297"/>
        <source>Zoho did not say what time it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="298"/>
        <source>Set the clock to update automatically; wrong time breaks sign-in and expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="301"/>
        <source>Zoho renewed this connection&apos;s access in the last ten minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="302"/>
        <source>Zoho renewed this connection&apos;s access just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="305"/>
        <source>Zoho did not report which access it granted, but reading the organization confirmed everything this connection asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="310"/>
        <source>Zoho&apos;s time could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="314"/>
        <source>Not checked, because Zoho did not give access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="327"/>
        <source>A connection for scheduled jobs has no refresh token, so there was nothing to revoke at Zoho; the access it already handed out ends by itself within an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="331"/>
        <source>Its Self Client stays in Zoho&apos;s API console: delete it there if no other job uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="336"/>
        <source>Run “zoho-wizard connect --unattended --name NAME” again with this connection&apos;s name and its Self Client&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="367"/>
        <source>Zoho: &quot;The device must maintain a request rate of only one request per 30 seconds&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="371"/>
        <source>Seconds added to the interval on each ``slow_down`` (RFC 8628 §3.5&apos;s five).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="374"/>
        <source>The user code&apos;s life when the answer does not say: Zoho&apos;s &quot;valid for 5 minutes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="377"/>
        <source>A duration above this is milliseconds (see the module&apos;s note on units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="380"/>
        <source>The sign-in was turned down on the other device, so nothing was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="383"/>
        <source>If that was a mistake, get a new code and choose Accept this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="384"/>
        <source>The code expired before the sign-in was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="385"/>
        <source>Get a new code and enter it on your phone or other computer within 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="388"/>
        <source>Zoho did not accept this app for signing in on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="389"/>
        <source>Your firm&apos;s admin must register a “Non-browser Applications” client in Zoho&apos;s API console and put its ID and secret in the setup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="393"/>
        <source>Try again later. If it keeps happening, tell your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="404"/>
        <source>This computer does not let the wizard use the sign-in&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="407"/>
        <source>Windows keeps this port for itself (Hyper-V, WSL or Docker reserve ranges of ports), or another person signed in to this computer is using it. Use the sign-in inside the wizard, or ask your firm&apos;s IT person to register a redirect address with a port outside the reserved ranges (they are listed by: netsh interface ipv4 show excludedportrange protocol=tcp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="411"/>
        <source>Ports below 1024 need administrator rights, and a security policy may forbid others. Use the sign-in inside the wizard, or ask your firm&apos;s IT person to register a redirect address with a port above 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="447"/>
        <source>How Zoho&apos;s Non-browser (device) client IDs start, in every example seen (reference §0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="456"/>
        <source>Zoho does not know this client ID where your firm&apos;s app was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="459"/>
        <source>Check the client ID, and that the data center on the details page is the one whose API console your firm&apos;s admin used to register the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="463"/>
        <source>Your Zoho account is in another data center, and this app is not set up for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="466"/>
        <source>Your firm&apos;s admin must turn on Multi-DC for this client in Zoho&apos;s API console (Settings tab), including your data center. Then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="470"/>
        <source>Zoho&apos;s sign-in page refused this sign-in request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="471"/>
        <source>Zoho&apos;s sign-in page expired before it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="472"/>
        <source>Start the sign-in again; your details are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="473"/>
        <source>Zoho did not accept the Self Client&apos;s ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="474"/>
        <source>Zoho did not accept the access this connection for scheduled jobs asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="477"/>
        <source>Zoho did not give access to this organization: the organization ID is wrong, or the Zoho account that made the Self Client is not a user of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="481"/>
        <source>How many times (a quarter of a second apart) a started feed is asked whether it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="485"/>
        <source>Close the other program and try again. If it keeps happening, ask your firm&apos;s IT person: the feed can use another port (zoho-wizard serve --port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="489"/>
        <source>This connection&apos;s keys are kept only while this window is open, so a spreadsheet cannot use it after the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="493"/>
        <source>Reconnect it and let the wizard save its keys in this computer&apos;s password store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="496"/>
        <source>The spreadsheet feed started but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="497"/>
        <source>Try again. If it keeps happening, ask your firm&apos;s IT person to run “zoho-wizard serve” and read what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="501"/>
        <source>The spreadsheet feed could not be started on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="502"/>
        <source>Ask your firm&apos;s IT person to set it up; the README&apos;s “Spreadsheets” section says how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="506"/>
        <source>Sent with the start page, so the wizard can tell its feed from another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="509"/>
        <source>The most pages of 200 one CSV follows (100,000 rows): a guard against a list that
never says it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="513"/>
        <source>If it is the feed, nothing needs doing: its addresses work. Otherwise stop the other program, or start the feed on another port with --port (the addresses then change, so spreadsheets need the new ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="304"/>
        <source>Zoho did not report which access it granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="312"/>
        <source>No organization was chosen for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="313"/>
        <source>Reconnect and choose the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="303"/>
        <source>Reconnect and allow all the access asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="311"/>
        <source>Everything this connection asked for was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="315"/>
        <source>Not checked, because Zoho did not renew access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="296"/>
        <source>Reconnect so the right data center is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="316"/>
        <source>Check the internet connection, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="309"/>
        <source>Reconnect and choose the organization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="326"/>
        <source>There was no key to revoke at Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="317"/>
        <source>Zoho revoked the connection&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="335"/>
        <source>Removed the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="318"/>
        <source>Zoho had already forgotten this connection&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="347"/>
        <source>The organization this connection uses is no longer available to this Zoho user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="350"/>
        <source>Reconnect and allow that access on Zoho&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="351"/>
        <source>Reconnect, choose that access on the details page, and allow it on Zoho&apos;s page. If your firm&apos;s setup file sets the access, ask your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="440"/>
        <source>The wizard opened without it. Make the file private, then open the wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="443"/>
        <source>The wizard opened without it. Ask your firm&apos;s IT person to make the file and its folders belong to the administrator, changeable by nobody else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="451"/>
        <source>The code from the API console has expired or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="452"/>
        <source>Generate a new code in Zoho&apos;s API console (Self Client → Generate Code) and paste it here. Paste it soon: the code only lives for the time you picked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="210"/>
        <source>Sign in with the Zoho account your firm set up for this, or ask your firm&apos;s IT person which organizations you may connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="119"/>
        <source>Zoho did not accept this client ID and secret for this data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="122"/>
        <source>Check the client ID and the client secret. If both are right, your firm&apos;s admin must turn on Multi-DC for this client in Zoho&apos;s API console (Settings tab), and give the secret for this data center if the firm uses one secret per data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="126"/>
        <source>Zoho did not accept this client ID for this data center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="265"/>
        <source>Enter the App ID (Zoho calls it the client ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="266"/>
        <source>That looks like a web address. The App ID looks like 1000.ABC123…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="267"/>
        <source>That is too long to be an App ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="268"/>
        <source>The App ID contains characters Zoho never uses. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="269"/>
        <source>That looks like a sign-in code, not an App ID. The App ID has one dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="272"/>
        <source>The App ID can&apos;t contain spaces or line breaks. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="273"/>
        <source>That is not a whole App ID. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="274"/>
        <source>An App ID starts with four digits and a dot, like 1000.ABC123…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="275"/>
        <source>Enter the App secret (Zoho calls it the client secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="276"/>
        <source>That looks like a web address, not an App secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="277"/>
        <source>That is too long to be an App secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="278"/>
        <source>The App secret contains characters Zoho never uses. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="279"/>
        <source>The App secret can&apos;t contain spaces. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="289"/>
        <source>That is too short to be an App secret. Copy the whole secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="319"/>
        <source>Zoho did not confirm that it revoked the connection&apos;s access, so it may still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="323"/>
        <source>To be sure, remove the app under Zoho Accounts → Sessions → Connected Apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="340"/>
        <source>No system password store was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="341"/>
        <source>The only password store found keeps passwords in a plain file, which is not safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="344"/>
        <source>Start the sign-in again. If it keeps happening, ask your firm&apos;s IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="355"/>
        <source>This organization has used up today&apos;s Zoho Books API calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="356"/>
        <source>The limit resets tomorrow. Your plan sets how many calls a day are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="359"/>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="360"/>
        <source>The connection broke while Zoho was answering, and the code can only be used once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="363"/>
        <source>Sign in again; your details are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="364"/>
        <source>Check your internet connection, then sign in again; your details are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="396"/>
        <source>Five minutes: how long the listener waits for the browser before it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="399"/>
        <source>Another program (perhaps another copy of this wizard) is already waiting for a sign-in on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="403"/>
        <source>Finish or close the other sign-in first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="415"/>
        <source>Your own browser can only hand the sign-in back to this wizard through a redirect address on this computer (http://127.0.0.1:PORT/…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="419"/>
        <source>Register such an address for the client, and enter it under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="422"/>
        <source>This address is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="423"/>
        <source>This page was not opened by the wizard&apos;s current sign-in. Go back to the wizard and start again from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="427"/>
        <source>Zoho did not give access. Go back to the Zoho Wizard window to see why and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="431"/>
        <source>Go back to the Zoho Wizard window to finish. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="405"/>
        <source>The wizard could not listen for the sign-in on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="406"/>
        <source>Try again, or use the sign-in inside the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="434"/>
        <source>A preset is a few hundred bytes; anything over a megabyte is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/core_strings.py" line="437"/>
        <source>The wizard opened without it. Ask your firm&apos;s IT person to correct the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../zoho_wizard/ui/first_screens.py" line="116"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/first_screens.py" line="189"/>
        <source>&amp;Back to Set up for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/first_screens.py" line="191"/>
        <source>&amp;Back to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/first_screens.py" line="193"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
