import type { ArticleKind } from '../../db/enums'

// Demo content written for the Insights project. Markdown bodies; the line `--- members only ---`
// separates the public teaser from the members-only part.
export type SeedSectionSlug = 'articles' | 'talks' | 'seminars-briefings' | 'publications-papers'

export const seedSections: { slug: SeedSectionSlug; name: string; description: string; kind: ArticleKind }[] = [
  {
    slug: 'articles',
    name: 'Articles',
    description: 'Analysis, reporting and commentary on marketing, media and technology.',
    kind: 'article',
  },
  {
    slug: 'talks',
    name: 'Talks',
    description: 'Recorded talks from our events, with the speaker’s notes and the key arguments.',
    kind: 'talk',
  },
  {
    slug: 'seminars-briefings',
    name: 'Seminars & briefings',
    description: 'Free seminars and members-only briefings: sign up for the next one, or read about the last.',
    kind: 'seminar',
  },
  {
    slug: 'publications-papers',
    name: 'Publications & papers',
    description: 'Reports, working papers and studies, presented and put in context, with the full PDF for members.',
    kind: 'publication',
  },
]

/** The details of a talk, a seminar (its start counted from today, in UTC) or a publication (its PDF is generated). */
export type SeedDetails =
  | { kind: 'talk'; speaker: string; durationMinutes: number; videoUrl: string }
  | { kind: 'seminar'; startsInDays: number; utcHour: number; durationMinutes: number; venue: string; capacity: number }
  | { kind: 'publication' }

export const seedAuthors: { slug: string; name: string; bio: string }[] = [
  {
    slug: 'astrid-holm',
    name: 'Astrid Holm',
    bio: 'Astrid Holm is the editor of Insights and writes about privacy, data and the media business. She previously worked as a data journalist at a Danish daily.',
  },
  {
    slug: 'jonas-kjaergaard',
    name: 'Jonas Kjærgaard',
    bio: 'Jonas Kjærgaard covers B2B sales, newsletters and marketing operations. He spent ten years in sales leadership before turning to journalism.',
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    bio: 'Priya Raman writes about AI, search and measurement from Stockholm. She has a background in computational linguistics.',
  },
  {
    slug: 'marcus-lindqvist',
    name: 'Marcus Lindqvist',
    bio: 'Marcus Lindqvist is a Swedish-born writer in Copenhagen who covers brand, e-commerce and consumer behaviour, in Danish and English.',
  },
]

export const seedTags: { slug: string; name: string }[] = [
  { slug: 'ai', name: 'AI' },
  { slug: 'privacy', name: 'Privacy' },
  { slug: 'data', name: 'Data' },
  { slug: 'newsletters', name: 'Newsletters' },
  { slug: 'b2b-sales', name: 'B2B sales' },
  { slug: 'brand', name: 'Brand' },
  { slug: 'seo', name: 'SEO' },
  { slug: 'e-commerce', name: 'E-commerce' },
  { slug: 'media', name: 'Media' },
  { slug: 'marketing-automation', name: 'Marketing automation' },
]

export const seedArticles: {
  slug: string
  title: string
  lede: string
  language: 'da' | 'en'
  section: SeedSectionSlug
  author: string
  coauthors?: string[]
  tags: string[]
  featured: boolean
  daysAgo: number
  markdown: string
  details?: SeedDetails
}[] = [
  {
    slug: 'seminar-measuring-brand-without-a-survey-budget',
    title: 'Seminar: Measuring brand without a survey budget',
    lede: 'A free online seminar for marketers in small teams: how to tell whether your brand is growing in people’s memory, with data you already have.',
    language: 'en',
    section: 'seminars-briefings',
    author: 'marcus-lindqvist',
    tags: ['brand', 'data'],
    featured: false,
    daysAgo: 3,
    details: { kind: 'seminar', startsInDays: 12, utcHour: 8, durationMinutes: 90, venue: '', capacity: 40 },
    markdown: `Brand tracking surveys are expensive, so most small teams do without and hope for the best. This seminar is about the middle road: signals you already collect that say something about how easily people recall your brand.

We will look at branded search, direct traffic, the share of customers who arrive by name, and what your own customer service logs reveal. Each is imperfect on its own. Together they make a usable picture.

--- members only ---

The session runs in three parts. First, a short walk through why recall matters more than liking, using a handful of Nordic brands as examples. Second, a hands-on look at branded search data, where each participant gets a simple spreadsheet template to fill in with their own numbers after the session. Third, a panel of two in-house marketers who built their own brand dashboards on a shoestring.

Bring a question about your own brand. The last twenty minutes are set aside for them, and the panel has promised to answer the awkward ones too.`,
  },
  {
    slug: 'briefing-consent-banners-people-actually-read',
    title: 'Briefing: Consent banners people actually read',
    lede: 'A members’ briefing in Copenhagen on consent design: what the regulators now expect, and what a clear banner does to opt-in rates.',
    language: 'en',
    section: 'seminars-briefings',
    author: 'astrid-holm',
    tags: ['privacy'],
    featured: false,
    daysAgo: 1,
    details: { kind: 'seminar', startsInDays: 26, utcHour: 7, durationMinutes: 75, venue: 'Insights, Store Kongensgade 40, Copenhagen', capacity: 25 },
    markdown: `Consent banners have become the most seen and least read text on the web. Regulators have noticed, and recent decisions say more about what a valid choice looks like than the law itself ever did.

This morning briefing takes the decisions one by one and turns them into design rules a marketing team can apply on Monday.

--- members only ---

We will show six real banners, with the names removed, and ask the room to judge each one before revealing what the regulator said about it. Then a product designer who rebuilt the consent flow of a large Danish webshop will share what happened to their opt-in rate when the reject button became as easy to find as the accept button. The answer surprised them, and it may surprise you.

Coffee and pastries from eight; the briefing starts at quarter past and ends before ten.`,
  },
  {
    slug: 'first-party-data-is-not-a-strategy',
    title: 'First-party data is not a strategy',
    lede: 'Collecting your own customer data has become the default answer to the end of tracking. It is a necessary step, but it is not a plan.',
    language: 'en',
    section: 'articles',
    author: 'astrid-holm',
    tags: ['data', 'privacy'],
    featured: true,
    daysAgo: 2,
    markdown: `Every marketing conference of the past two years has had at least one slide declaring that first-party data is the future. The logic is simple enough: if browsers and regulators are shutting down third-party tracking, companies should collect information directly from the people they serve. Few people disagree with that. The trouble starts when collecting becomes the goal in itself.

We talked to marketing leads at eleven Nordic companies about how they use the data they gather on their own. Most had invested heavily in sign-up forms, loyalty schemes and customer data platforms. Far fewer could explain what decision the data had changed in the last quarter.

--- members only ---

One retailer we spoke to kept its entire customer list in a spreadsheet named after the founder's dog. It was an extreme case, but it illustrates a wider pattern: data is gathered with enthusiasm and stored with indifference. The value sits not in the volume of records but in the questions you ask of them.

## Start with the decision, not the database

The companies that got real value from their data had one thing in common. They began by naming a specific decision they wanted to make better, such as which customers to invite to a product preview or when to stop discounting a slow-moving line. Only then did they work out what information would help. This sounds obvious, yet it reverses the order in which most data projects are planned.

A useful exercise is to write down the three decisions your team makes most often and ask what each would look like with better information. In our interviews, the answers were rarely about more data. They were about **cleaner** data, fewer fields and a shared definition of what counts as an active customer.

- Collect fewer fields, and delete the ones nobody has queried in a year.
- Agree on one definition of an active customer across sales, marketing and service.
- Tell people plainly what you collect and why, in the sign-up flow itself.
- Review consent records as carefully as revenue figures.

Privacy is not a side issue here. Every field you store is a field you must protect, explain and eventually delete, and data protection authorities have been clear that [purpose limitation](https://example.com/guides/purpose-limitation) applies to marketing data as much as anything else. A lean dataset is easier to defend and often easier to use.

First-party data is a raw material. Treating it as a strategy is like calling flour a business plan for a bakery. The strategy is what you decide to bake, for whom, and why they should come back.`,
  },
  {
    slug: 'nyhedsbrevets-nye-aabning',
    title: 'Nyhedsbrevets nye åbning: læserne vil have færre og bedre udsendelser',
    lede: 'Åbningsraten er blevet et upålideligt tal, men nyhedsbrevet står stærkere end længe. Vi har spurgt danske redaktioner, hvad de måler i stedet.',
    language: 'da',
    section: 'articles',
    author: 'jonas-kjaergaard',
    tags: ['newsletters', 'data'],
    featured: false,
    daysAgo: 5,
    markdown: `I mange år var åbningsraten nyhedsbrevets vigtigste nøgletal. Den var nem at forstå, nem at sammenligne og nem at sætte ind i en kvartalsrapport. Men siden de store mailprogrammer begyndte at hente billeder og sporingspixels automatisk, er tallet blevet pustet op, og en åbning er ikke længere et bevis på, at nogen har læst noget.

Alligevel har nyhedsbrevet sjældent haft bedre vilkår. Sociale medier sender færre besøgende videre, og søgemaskinerne svarer i stigende grad selv på spørgsmålene. Indbakken er en af de få kanaler, hvor afsenderen stadig ejer relationen til modtageren.

Vi har talt med seks danske redaktioner om, hvordan de har ændret deres arbejde med nyhedsbreve det seneste år. Svarene peger i samme retning: færre udsendelser, mere omhu og nye måder at måle på.

--- members only ---

En redaktør i Odense printede hver eneste afmelding ud og hængte dem op på en opslagstavle i frokoststuen. Det lyder som selvpineri, men formålet var at gøre afmeldingerne konkrete for hele redaktionen. Efter tre måneder havde de skåret udsendelserne ned fra fem til tre om ugen, og afmeldingerne faldt med næsten en tredjedel.

## Hvad redaktionerne måler nu

Ingen af de redaktioner, vi talte med, har helt droppet åbningsraten, men den bruges nu mest som et groft signal om leveringsproblemer. I stedet ser de på handlinger, som kun et menneske foretager. Det kan være klik, svar på mailen, eller om modtageren stadig er aktiv efter 90 dage.

- **Klik pr. udsendelse** frem for klik pr. modtager, så lange breve ikke får en urimelig fordel.
- Antal svar, fordi et svar kræver, at nogen rent faktisk har læst teksten.
- Fastholdelse efter 30, 60 og 90 dage.
- Andelen af nye abonnenter, der kommer via anbefalinger fra eksisterende læsere.

Det sidste punkt er måske det mest interessante. Flere redaktioner har indført en enkel henvisningsordning, hvor læserne kan sende et personligt link videre. De abonnenter, der kommer den vej, bliver typisk hængende længere end dem, der kommer fra annoncer.

Færre udsendelser betyder ikke nødvendigvis mindre arbejde. Tværtimod bruger redaktionerne mere tid på at skrive indledningen og vælge, hvad der skal med. En af dem beskrev det sådan, at nyhedsbrevet er gået fra at være en liste med links til at være en tekst med en afsender.

Hvis du vil i gang, så start med at kigge på dine afmeldinger i stedet for dine åbninger. De fortæller dig mere præcist, hvornår du har skuffet nogen. Læs også vores [guide til målinger af nyhedsbreve](https://example.com/guides/nyhedsbreve).`,
  },
  {
    slug: 'b2b-buyers-stopped-picking-up-the-phone',
    title: 'B2B buyers stopped picking up the phone. Here is what still works',
    lede: 'Cold calling has lost much of its power in Nordic B2B markets. Sales teams that adapt are swapping volume for relevance and patience.',
    language: 'en',
    section: 'articles',
    author: 'jonas-kjaergaard',
    tags: ['b2b-sales'],
    featured: false,
    daysAgo: 9,
    markdown: `Ask any seasoned B2B seller in Copenhagen or Stockholm how cold calling is going, and you will probably get a tired laugh. Connection rates have fallen for years, and many buyers now screen every unknown number. Some companies have stopped giving their employees desk phones at all.

That does not mean buyers have stopped buying. They have simply moved most of their research to places where sellers are not invited: peer groups, review sites, private messages and internal channels. By the time a buyer talks to a salesperson, the shortlist is often already written.

--- members only ---

One sales director told us she now closes more deals beside a shared rowing machine at a co-working space in Malmö than over the phone. She was only half joking. Her point was that trust is built in places with a shared context, and a cold call offers none.

## Three habits of teams that still grow

We looked at sales teams at nine mid-sized B2B companies that had kept growing despite falling call volumes. None of them had a secret channel. What they shared was a set of habits that made them easier to find, and easier to trust when the buyer was ready.

- They publish useful material under the names of real people, not just the company logo.
- They treat existing customers as the main source of new leads and ask for introductions openly.
- They make pricing and implementation time visible early, so buyers can qualify themselves.

The third habit caused the most internal debate. Several sales leaders feared that publishing price ranges would scare prospects away. In practice the opposite happened: fewer meetings, but **more serious** ones, and shorter sales cycles.

None of this makes outbound outreach useless. A well-researched message to someone who has just changed jobs or announced an expansion still gets answered. What no longer works is calling down a list and hoping volume will make up for relevance.

If you manage a sales team, look at where your last ten closed deals actually started. The answer is often a referral, a webinar or an article someone forwarded internally. Build more of those starting points, and the phone will ring on its own now and then.`,
  },
  {
    slug: 'saadan-skriver-du-naar-en-maskine-laeser-med',
    title: 'Sådan skriver du, når en maskine læser med',
    lede: 'Søgemaskiner og AI-assistenter opsummerer i stigende grad dit indhold, før et menneske ser det. Det ændrer, hvordan gode tekster skal skrues sammen.',
    language: 'da',
    section: 'articles',
    author: 'marcus-lindqvist',
    coauthors: ['astrid-holm'],
    tags: ['seo', 'ai'],
    featured: false,
    daysAgo: 14,
    markdown: `For ti år siden handlede søgemaskineoptimering i høj grad om at ramme de rigtige søgeord og få links fra andre sider. I dag bliver mange spørgsmål besvaret direkte på søgesiden eller i en chatassistent, ofte uden at brugeren klikker videre. Din tekst bliver stadig læst, men af en maskine, der genfortæller den.

Det lyder som dårligt nyt for alle, der lever af trafik. Men det betyder også, at tydelige, velstrukturerede og troværdige tekster har en fordel. Maskinerne foretrækker nemlig det samme som travle mennesker: klare svar, konkrete tal og en afsender, man kan stole på.

--- members only ---

Et bureau i Vejle lod en pensioneret latinlærer rette alle produkttekster med rød kuglepen, før de blev lagt online. Resultatet var kortere sætninger, færre fyldord og langt flere præcise angivelser af mål, materialer og priser. Ifølge bureauet blev teksterne efterfølgende citeret markant oftere i AI-genererede svar.

## Fem greb, der virker for både mennesker og maskiner

Der findes ingen garanti for at blive citeret, og ingen uden for søgefirmaerne kender de præcise regler. Men der er nogle mønstre, som går igen, når man ser på de sider, der klarer sig godt.

- Svar på spørgsmålet i første afsnit, og uddyb bagefter.
- Brug mellemrubrikker, der beskriver indholdet, frem for dem, der blot lyder fængende.
- Skriv konkrete tal og fakta frem for vage løfter.
- Vis, hvem der har skrevet teksten, og hvorfor vedkommende ved noget om emnet.
- Hold siden opdateret, og skriv datoen tydeligt.

Det sidste punkt bliver ofte overset. En gammel guide kan stadig ligge højt i søgeresultaterne, men en assistent vil typisk foretrække en nyere kilde, hvis den findes. Det kan derfor betale sig at gennemgå sine vigtigste sider mindst en gang om året.

Der er også en risiko ved at skrive for maskinen. Tekster, der kun består af korte svar og punktopstillinger, mister den stemme, der får læserne til at komme tilbage. **Det bedste råd er at skrive til et menneske med travlt** og lade strukturen gøre arbejdet for maskinen.

Vi følger udviklingen tæt og vender tilbage med tal fra danske sider i løbet af året. Indtil da kan du læse vores engelske [gennemgang af søgetrafik efter AI-svar](https://example.com/papers/search-after-ai).`,
  },
  {
    slug: 'what-a-small-webshop-learned-from-switching-off-discounts',
    title: 'What a small webshop learned from switching off discounts',
    lede: 'A Danish knitwear shop stopped running sales for a full year. Revenue dipped, then something more interesting happened to its customers.',
    language: 'en',
    section: 'articles',
    author: 'marcus-lindqvist',
    tags: ['e-commerce', 'brand'],
    featured: true,
    daysAgo: 21,
    markdown: `Discounts are the easiest lever in e-commerce. They produce an immediate spike in orders, they are simple to set up and every competitor is using them anyway. The cost shows up later, in customers who learn to wait for the next sale.

A small Danish webshop selling knitwear and yarn decided to test what would happen if it simply stopped. No Black Friday, no seasonal sales, no welcome codes. We followed the experiment for twelve months.

--- members only ---

The shop sells hand-dyed wool socks and keeps its stock in a converted ferry ticket office on Fanø. Its founder had noticed that almost half of all orders came in during the four sale weeks of the year, and that the rest of the calendar felt like waiting. She wanted a business that did not depend on a handful of frantic weeks.

## The first three months were hard

Revenue fell by roughly a fifth in the first quarter compared with the year before. Several regular customers wrote to ask when the next sale would be, and a few were openly annoyed. The founder answered every message personally and explained the decision.

From the fourth month, the pattern changed. Orders became more evenly spread across the year, the average basket grew and returns fell noticeably. Customers who joined during the no-discount period bought again more often than those recruited through earlier campaigns.

- Average order value rose by about 18 percent over the year.
- Returns fell from 9 to 5 percent of orders.
- The share of customers buying at least twice grew every quarter.

Instead of discounts, the shop invested in things that gave customers a reason to come back: a monthly newsletter about the dyeing process, small limited batches and free repairs of socks bought in the shop. **None of these were cheaper than a discount code**, but they built a brand rather than a habit of waiting.

This will not work for every shop. A business competing on price in a crowded category cannot simply opt out of promotions. But for brands with a distinctive product, a year without sales may be worth more than another round of codes.`,
  },
  {
    slug: 'talk-brand-is-a-memory-not-a-mood-board',
    title: 'Talk: Brand is a memory, not a mood board',
    lede: 'At our spring talk series, a brand strategist argued that most branding work aims at the wrong target. Here is what she said about memory, distinctiveness and patience.',
    language: 'en',
    section: 'talks',
    author: 'marcus-lindqvist',
    tags: ['brand'],
    featured: false,
    daysAgo: 27,
    details: { kind: 'talk', speaker: 'Helle Bak', durationMinutes: 40, videoUrl: 'https://www.youtube.com/watch?v=InsBrandM01' },
    markdown: `Brand strategist Helle Bak began her talk with a simple question: how many of the brands you saw on your way here can you remember? The audience managed a handful each. Her point was that most brand work is seen by people who are not paying attention, and that this is the normal situation rather than a failure.

Over forty minutes she argued that brands live in memory, not in guideline documents. The job of marketing is to make a brand easy to recall when someone is ready to buy, which is usually not the moment they see the ad.

--- members only ---

The speaker opened by handing out forty identical jars of liquorice with the labels removed. Guests were asked to name the brand, and almost nobody could, even though several said they bought liquorice every week. Then she showed the same jars with only the colour of the lid changed, and recognition rose sharply.

## Distinctive assets beat clever campaigns

Bak's central argument was that consistent colours, shapes, sounds and phrases do more long-term work than any single campaign idea. Marketing teams tend to get bored with their own assets long before customers have even noticed them. Changing them too often resets the memory you have paid to build.

- Pick a small number of distinctive assets and use them everywhere.
- Test recognition with people outside the company, not with your own team.
- Judge campaigns partly on whether they reinforce the assets you already have.

She was sceptical of the idea that brands should aim for deep emotional relationships with customers. Most people, she said, have a real relationship with a handful of brands at most. For everything else, being **easy to think of and easy to buy** is enough.

In the questions afterwards, a founder asked how a small company with a tiny budget should apply this. Bak's answer was to be boringly consistent: the same colour, the same tone of voice, the same name for the product in every channel. Small budgets, she said, cannot afford to waste memory.

A recording of the talk is available in our [video archive](https://example.com/talks/brand-memory). Bak will return for a longer workshop on brand testing later in the year.`,
  },
  {
    slug: 'talk-what-language-models-actually-do-inside-a-marketing-team',
    title: 'Talk: What language models actually do inside a marketing team',
    lede: 'A head of marketing operations walked us through eighteen months of using AI models in daily work. The results were less dramatic, and more useful, than the hype suggests.',
    language: 'en',
    section: 'talks',
    author: 'priya-raman',
    tags: ['ai', 'marketing-automation'],
    featured: true,
    daysAgo: 33,
    details: { kind: 'talk', speaker: 'Priya Raman', durationMinutes: 35, videoUrl: 'https://vimeo.com/900000001' },
    markdown: `Tobias Nyberg runs marketing operations at a software company in Helsinki with around two hundred employees. When his team started using large language models, management expected content production to double. Eighteen months later, the picture he presented at our talk was more modest and a lot more interesting.

The biggest gains, he said, did not come from writing. They came from the tedious tasks around writing: tagging, summarising, translating and cleaning up data that nobody had time for.

--- members only ---

The first internal test, Nyberg admitted, produced a press release announcing a partnership with a lighthouse that does not exist. The team laughed, then set up a rule that no model output goes out without a named human reviewer. That rule has stayed in place ever since, and he considers it the most important decision of the whole project.

## Where the time actually went

Nyberg showed a breakdown of where the team had saved time. Drafting new content accounted for a surprisingly small share. Most of the savings came from work that had previously been done badly or not at all.

- Summarising customer interviews and sales calls for the product team.
- Tagging hundreds of old blog posts so they could be found and updated.
- Producing first drafts of translations into Swedish, Finnish and German.
- Cleaning up CRM records with inconsistent company names.

The writing itself, he argued, only got better when the models were used as editors rather than authors. Asking a model to point out vague claims in a draft worked well; asking it to write the draft produced text that sounded like everyone else. **Sameness is the real risk**, he said, more than factual errors, which reviewers tend to catch.

He was also frank about costs. Licences, integration work and training took more time than expected, and two planned automations were abandoned because the output needed too much correction. The team now runs a short trial of every new use case and drops it if it does not save time within a month.

Asked what he would tell a team just starting out, Nyberg said to pick one boring, repetitive task and do it really well. Grand plans to transform content production tend to stall. Small, measurable wins build the trust needed for the next step.`,
  },
  {
    slug: 'foredrag-mediehusenes-lange-farvel-til-tredjepartscookies',
    title: 'Foredrag: Mediehusenes lange farvel til tredjepartscookies',
    lede: 'Hvordan finansierer man journalistik, når annoncemarkedet mister sine sporingsværktøjer? En annoncechef fra et regionalt mediehus gav sit bud ved et af vores aftenforedrag.',
    language: 'da',
    section: 'talks',
    author: 'astrid-holm',
    tags: ['privacy', 'media'],
    featured: false,
    daysAgo: 40,
    details: { kind: 'talk', speaker: 'Jonas Kjærgaard', durationMinutes: 45, videoUrl: 'https://youtu.be/InsCookie02' },
    markdown: `I årevis har danske mediehuse levet med en paradoksal situation. De har kritiseret techgiganternes dataindsamling i deres journalistik, mens deres egne hjemmesider har delt oplysninger om læserne med snesevis af annoncepartnere. Det er ved at ændre sig, men langsommere end mange havde forventet.

Karen Damsgaard, annoncechef på et regionalt mediehus, fortalte ved et af vores aftenforedrag om, hvordan hendes organisation har forberedt sig på et annoncemarked uden tredjepartscookies. Hendes budskab var, at overgangen handler mindre om teknologi og mere om forretningsmodel.

--- members only ---

Undervejs viste Damsgaard et kort over, hvor mange cookies en enkelt forside satte for få år siden, og det fyldte tre A3-ark tapet sammen med malertape. Salen grinede, men pointen var alvorlig. Ingen på redaktionen havde haft overblik over, hvem der egentlig modtog data om læserne.

## Fra sporing til sammenhæng

Mediehuset har i stedet satset på kontekstuel annoncering, hvor annoncer placeres efter artiklens indhold frem for efter læserens profil. En annoncør, der sælger havemøbler, kommer altså ved siden af artikler om haver i stedet for at følge en bestemt person rundt på nettet. Ifølge Damsgaard var priserne lavere i starten, men annoncørerne kommer igen.

Hun fremhævede tre ting, der har gjort overgangen lettere. Ingen af dem er teknisk avancerede, men de kræver, at forskellige afdelinger taler sammen.

- Et tæt samarbejde mellem redaktion og annonceafdeling om, hvordan artikler kategoriseres.
- Login-løsninger, hvor læserne frivilligt deler få oplysninger mod en bedre oplevelse.
- **Ærlige samtykkebannere**, der gør det lige så nemt at sige nej som ja.

Det sidste punkt har kostet samtykker på kort sigt. Til gengæld oplever mediehuset, at de læsere, der siger ja, er mere engagerede og mere værdifulde for annoncørerne. Damsgaard kaldte det at bytte mængde for tillid.

Foredraget sluttede med en advarsel. Hvis mediehusene ikke selv finder en bæredygtig model, vil annoncekronerne fortsætte med at flytte til de store platforme, som har deres egne indloggede brugere. Derfor er tiden til at eksperimentere nu, ikke når den sidste cookie er væk.`,
  },
  {
    slug: 'briefing-the-eu-ai-act-for-marketers-in-plain-language',
    title: 'Briefing: The EU AI Act for marketers, in plain language',
    lede: 'Our members-only briefing on the EU AI Act drew a full room of marketers and a handful of lawyers. Here is what the regulation means for everyday marketing work.',
    language: 'en',
    section: 'seminars-briefings',
    author: 'astrid-holm',
    tags: ['ai', 'privacy'],
    featured: false,
    daysAgo: 48,
    details: { kind: 'seminar', startsInDays: -46, utcHour: 7, durationMinutes: 120, venue: 'Insights, Store Kongensgade 40, Copenhagen', capacity: 60 },
    markdown: `The EU AI Act is often described as a regulation for the makers of high-risk systems, such as software used in hiring or credit scoring. That is true, but it also reaches into ordinary marketing departments. Anyone using chatbots, generated images or AI-assisted targeting has reason to pay attention.

At our morning briefing in Copenhagen, a technology lawyer and a head of digital marketing went through the parts of the regulation most relevant to marketers. The session was deliberately practical, and this write-up follows the same approach. It is not legal advice, and members should check specifics with their own advisers.

--- members only ---

The organisers served the coffee in mugs printed with Article 50 of the regulation, which several guests took home. That article deals with transparency, and it set the tone for the morning. Much of what the Act asks of marketers boils down to being honest with people about when they are dealing with a machine.

## What marketers should know

The speakers grouped the relevant obligations into a few broad themes. Different parts of the Act apply from different dates, and some guidance from the authorities is still being written. But the direction is clear enough to start preparing.

- People should be told when they are talking to an AI system, for example a customer service chatbot.
- Synthetic images, audio and video that could be mistaken for real should be labelled as such.
- Certain manipulative practices that exploit people's vulnerabilities are prohibited outright.
- Organisations using AI are expected to make sure their staff have a sufficient level of AI literacy.

The last point surprised many in the room. It means that a marketing team using AI tools should be able to show that people understand the basics of how those tools work and where they fail. The lawyer suggested a short internal training session and a written record of who has completed it.

The speakers also stressed that the AI Act does not replace the GDPR. If an AI tool processes personal data, for example to segment customers, the usual data protection rules still apply in full. **Two regulations, one workflow** was how the head of digital summed it up.

Slides from the briefing and a checklist for marketing teams are available in our [members' resources](https://example.com/resources/ai-act-checklist). We will hold a follow-up session once more guidance has been published.`,
  },
  {
    slug: 'seminar-naar-salg-og-marketing-deler-et-tal',
    title: 'Seminar: Når salg og marketing deler ét tal',
    lede: 'Hvorfor skændes salg og marketing stadig om, hvad et godt lead er? På vores seminar i Aalborg delte tre virksomheder deres erfaringer med fælles mål.',
    language: 'da',
    section: 'seminars-briefings',
    author: 'jonas-kjaergaard',
    tags: ['b2b-sales', 'marketing-automation'],
    featured: false,
    daysAgo: 56,
    details: { kind: 'seminar', startsInDays: -54, utcHour: 12, durationMinutes: 150, venue: 'Nordkraft, Aalborg', capacity: 40 },
    markdown: `I mange B2B-virksomheder lever salg og marketing i hver sin verden. Marketing måles på antallet af leads, salg måles på lukkede aftaler, og ingen af dem er helt tilfredse med den anden. Resultatet er ofte en evig diskussion om kvalitet, som ingen vinder.

På vores seminar i Aalborg fortalte tre virksomheder, hvordan de har forsøgt at bryde mønsteret ved at give de to afdelinger ét fælles mål. Erfaringerne var blandede, men lærerige.

--- members only ---

Seminaret blev holdt i en tidligere kornsilo ved havnen, hvor akustikken fik hvert spørgsmål til at give ekko to gange. Det passede på en måde godt til emnet, for mange af deltagerne kendte følelsen af at sige det samme igen og igen uden at blive hørt. Stemningen var alligevel konstruktiv fra start.

## Ét tal frem for to

Den første oplægsholder, salgsdirektør i en dansk softwarevirksomhed, fortalte, hvordan de havde erstattet målet for antal leads med et mål for kvalificeret pipeline. Marketing og salg får nu bonus efter det samme tal. Det første halve år faldt antallet af leads markant, men omsætningen steg.

De to andre virksomheder havde valgt en blødere model med fælles ugentlige møder og en aftalt definition af et kvalificeret lead. Begge understregede, at definitionen skal skrives ned og gennemgås hvert kvartal. Ellers glider den langsomt tilbage til gamle vaner.

- Aftal én skriftlig definition af et kvalificeret lead.
- Lad marketing se, hvad der sker med leads efter overdragelsen.
- Brug automatisering til at flytte leads hurtigt videre, men lad et menneske vurdere dem.
- Mål på omsætning eller pipeline, ikke kun på aktivitet.

Diskussionen bagefter handlede meget om marketingautomatisering. Flere deltagere havde investeret i avancerede scoringsmodeller, som ingen i salgsafdelingen stolede på. **En simpel model, som alle forstår, slår en avanceret model, som ingen bruger**, lød det fra en af oplægsholderne.

Seminaret var det andet i vores serie om B2B-salg. Det næste finder sted i København, og medlemmer får besked først.`,
  },
  {
    slug: 'seminar-recap-how-much-attention-is-an-ad-really-worth',
    title: 'Seminar recap: How much attention is an ad really worth?',
    lede: 'Attention metrics promise to replace clicks and impressions as the currency of media buying. At our Oslo seminar, researchers and buyers debated whether they deliver.',
    language: 'en',
    section: 'seminars-briefings',
    author: 'priya-raman',
    tags: ['media', 'data'],
    featured: false,
    daysAgo: 63,
    details: { kind: 'seminar', startsInDays: -61, utcHour: 13, durationMinutes: 90, venue: 'Oslo', capacity: 300 },
    markdown: `For most of the history of digital advertising, the industry has traded on impressions and clicks. Both are easy to count and both are deeply flawed: an impression can be an ad nobody saw, and most clicks come from a small group of people. Attention metrics, which try to estimate how long and how actively people look at an ad, have been pitched as the fix.

Our seminar in Oslo brought together two academic researchers, a media buyer and a publisher to test that promise. The conversation was friendly, but the disagreements were real.

--- members only ---

A researcher described calibrating her audience model against the footfall counter of a single bakery in Tromsø. The idea was to check whether predicted attention to local ads matched actual visits, and over a few months it did, roughly. She was the first to admit that one bakery is not a representative sample.

## What attention metrics can and cannot do

The panel agreed that attention data is useful for comparing formats and placements. A large ad that stays on screen in a slow-scrolling article clearly gets more attention than a small banner at the bottom of a fast-moving feed. Buyers can use that to stop paying the same price for very different exposures.

Where they disagreed was on whether attention predicts sales. The media buyer was optimistic and cited internal tests showing a link between attention scores and brand recall. The researchers were more cautious, pointing out that most attention models are estimates built on small panels and then extrapolated to millions of impressions.

- Use attention data to compare placements, not as a guarantee of outcomes.
- Ask vendors how their models were built and how large the underlying panels are.
- Combine attention metrics with proper experiments wherever possible.

The publisher on the panel raised a different point. Quality journalism tends to produce slower, more attentive reading, and attention metrics could finally give publishers a way to charge for that. **If attention becomes a currency, context becomes valuable again**, she argued.

The full recording and the researchers' slides are available in our [seminar archive](https://example.com/seminars/attention-oslo). Members who attended can also request the reading list the panel recommended.`,
  },
  {
    slug: 'paper-search-traffic-after-ai-answers',
    title: 'Paper: Search traffic after AI answers',
    lede: 'A new working paper follows organic search traffic to more than two hundred Nordic websites over a year. AI answers appear to hurt some kinds of content far more than others.',
    language: 'en',
    section: 'publications-papers',
    author: 'priya-raman',
    tags: ['seo', 'ai'],
    featured: false,
    daysAgo: 71,
    details: { kind: 'publication' },
    markdown: `Since search engines began placing AI-generated answers at the top of results pages, publishers and marketers have worried about losing traffic. Most of the evidence so far has been anecdotal: a sharp drop here, a stable graph there. A new working paper from a group of Nordic researchers tries to bring some order to the debate.

The authors tracked organic search traffic to websites in Denmark, Sweden and Norway over a full year. They grouped the sites by the kind of content they publish and compared traffic before and after AI answers became common in local search results.

--- members only ---

The panel included 214 websites, one of which sold only replacement lids for Swedish thermos flasks. The researchers chose the sample to span everything from national news sites to tiny niche shops. That breadth is the paper's main strength, since most earlier studies looked only at large publishers.

## The main findings

The overall decline in search traffic was moderate, but the average hides large differences. Sites that mainly answered simple factual questions lost the most. Sites with original reporting, strong opinions or products that people want to buy saw little change, and some grew.

- Simple how-to and definition pages lost the most traffic.
- News with original reporting was largely stable.
- Product pages with detailed specifications held up well.
- Pages cited in AI answers sometimes gained referral traffic.

The last finding is the most encouraging for marketers. Being cited as a source in an AI answer did send visitors, although far fewer than a top organic ranking used to. The researchers suggest that clear, **well-sourced** pages are more likely to be cited, but stress that they cannot yet prove why some pages are chosen over others.

The paper has limitations that the authors discuss openly. Twelve months is a short period, the search engines changed their interfaces several times during the study, and traffic data from small sites is noisy. They plan to extend the panel and publish updated figures.

Members can download the full working paper and the summary tables from our [publications page](https://example.com/papers/search-after-ai). The authors have asked for feedback from site owners who would like to join the next round of data collection.`,
  },
  {
    slug: 'rapport-danske-webshops-og-det-skjulte-fragtproblem',
    title: 'Rapport: Danske webshops og det skjulte fragtproblem',
    lede: 'En ny rapport baseret på data fra 60 danske webshops viser, at fragt og returnering æder en større del af indtjeningen, end de fleste ejere tror.',
    language: 'da',
    section: 'publications-papers',
    author: 'marcus-lindqvist',
    tags: ['e-commerce', 'data'],
    featured: false,
    daysAgo: 85,
    details: { kind: 'publication' },
    markdown: `Når danske webshopejere bliver spurgt om deres største udfordringer, nævner de typisk annoncepriser og konkurrence fra udenlandske platforme. Fragt og returnering kommer sjældent øverst på listen. Det er måske en fejl, viser en ny rapport, som vi præsenterer her.

Rapporten bygger på regnskabstal og ordredata fra 60 små og mellemstore webshops over to år. Den er udarbejdet af et lille analysefirma i samarbejde med en brancheforening, og vi har fået lov til at gengive hovedresultaterne.

--- members only ---

En af de adspurgte butikker sender stadig alle pakker via et lokalt cykelbud, der kun arbejder om tirsdagen. Den løsning er næppe skalerbar, men butikken var overraskende nok blandt dem med de laveste fragtomkostninger pr. ordre. Eksemplet viser, hvor store forskelle der er på, hvordan webshops organiserer deres logistik.

## Gratis fragt er ikke gratis

Rapportens mest markante resultat er, at fragt og returnering i gennemsnit udgør omkring en tiendedel af omsætningen. For butikker med tøj og sko er andelen væsentligt højere på grund af returneringerne. Mange ejere undervurderede tallet, fordi omkostningerne er spredt ud over flere konti i regnskabet.

Gratis fragt øger konverteringen, men rapporten finder, at effekten flader ud, når grænsen for gratis levering sættes lavt. De butikker, der havde hævet grænsen, mistede få kunder og tjente mere pr. ordre.

- Saml alle fragt- og returomkostninger på én linje, så de kan følges over tid.
- Test forskellige grænser for gratis fragt i stedet for at kopiere konkurrenterne.
- Gør det nemt at bytte frem for at returnere.
- Beskriv størrelser og materialer præcist for at undgå unødvendige returneringer.

Det sidste råd lyder banalt, men effekten var tydelig i data. Butikker med detaljerede produktbeskrivelser og egne fotos havde markant færre returneringer end dem, der brugte leverandørens standardtekster. **God data om produktet er altså også en logistisk investering.**

Rapporten kan hentes i fuld længde af medlemmer via vores [publikationsside](https://example.com/rapporter/fragt). Vi modtager gerne kommentarer fra webshops, der vil bidrage til næste udgave.`,
  },
  {
    slug: 'report-what-nordic-publishers-charge-for-their-newsletters',
    title: 'Report: What Nordic publishers charge for their newsletters',
    lede: 'Our new report maps the prices of paid newsletters from more than a hundred Nordic publishers and independent writers. The spread is wider than you might expect.',
    language: 'en',
    section: 'publications-papers',
    author: 'astrid-holm',
    tags: ['newsletters', 'media'],
    featured: false,
    daysAgo: 102,
    details: { kind: 'publication' },
    markdown: `Paid newsletters have gone from a niche experiment to a standard product for many Nordic publishers. Some are bundled with a regular subscription, others are sold on their own, and a growing number are run by independent writers with no publisher behind them at all. Until now, there has been little data on what they actually charge.

This report, produced by the Insights editorial team, collects prices and basic subscriber figures from 118 paid newsletters in Denmark, Sweden, Norway and Finland. It is the first in what we hope will become an annual series.

--- members only ---

The smallest newsletter in the sample had 312 subscribers and charged more per year than a national daily. It covers a narrow corner of maritime insurance, and its readers appear to consider the price trivial compared with the value of the information. That case captures the main lesson of the report: price follows the value of the niche, not the size of the audience.

## Price bands and patterns

We grouped the newsletters into three broad price bands. The cheapest were mostly general interest titles from larger publishers, often used to lead readers towards a full subscription. The most expensive were specialist titles aimed at professionals, where the subscription is frequently paid by an employer.

- General interest newsletters cluster at the low end and rely on volume.
- Specialist B2B newsletters charge several times more and have far fewer readers.
- Independent writers tend to price in the middle and rely heavily on annual plans.

Annual plans were common across all bands, and most newsletters offered a discount of around two months for paying upfront. Publishers told us that annual subscribers cancel far less often, which makes the discount easy to justify. Very few offered team plans, which may be a missed opportunity in the B2B segment.

We also asked about free tiers. Most paid newsletters keep a free version with a selection of content, and several described it as their most important marketing channel. **The free edition is the shop window**, as one editor put it.

The full report, including anonymised tables by country and price band, is available on our [reports page](https://example.com/reports/newsletter-prices). We welcome corrections and additions for next year's edition.`,
  },
]
