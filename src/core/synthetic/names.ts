/**
 * Invented people for synthetic cohorts: forenames and surnames of the heritages found in
 * English schools, with apostrophes, hyphens and accents as real registers have them.
 */

/** Lists are written as whitespace-separated words: no name below contains a space. */
function words(text: string): string[] {
  return text.trim().split(/\s+/);
}

export interface Heritage {
  id: string;
  /** Relative share of pupils. */
  share: number;
  /** Chance that a pupil of this heritage has English as an additional language. */
  ealRate: number;
  boys: readonly string[];
  girls: readonly string[];
  surnames: readonly string[];
}

export const HERITAGES: readonly Heritage[] = [
  {
    id: 'british',
    share: 66,
    ealRate: 0.01,
    boys: words(`
      Oliver Jack Harry George Charlie Jacob Alfie Freddie Oscar Thomas William James Joshua
      Noah Leo Archie Ethan Max Lucas Henry Isaac Daniel Dylan Finley Riley Logan Mason
      Harrison Samuel Joseph Tyler Callum Lewis Ben Toby Theo Rory Owen
    `),
    girls: words(`
      Amelia Olivia Lily Emily Isla Ava Jessica Poppy Sophie Isabella Mia Ruby Ella Grace Evie
      Freya Chloe Millie Charlotte Daisy Phoebe Holly Erin Lucy Scarlett Imogen Eleanor Megan
      Katie Niamh Maisie Lola Harriet Abigail Matilda Elsie Rosie Zoe
    `),
    surnames: words(`
      Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans
      Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Hill Moore
      Cooper Ward Harris Martin King Baker Parker Mitchell Carter Shaw Bennett Harrison
      Collins Marshall Fletcher Pearson Fox Atkinson Lloyd Holmes Bailey O'Brien O'Connor
      Murphy Kelly McDonald Campbell Fraser-Lowe Ashworth Whitfield Greenwood Sutcliffe
      Price-Jones
    `),
  },
  {
    id: 'south-asian',
    share: 12,
    ealRate: 0.45,
    boys: words(`
      Mohammed Muhammad Ayaan Zain Ibrahim Yusuf Hamza Ali Rayyan Arjun Rohan Aarav Krish
      Harjot Aryan Ishaan Rehan Zakariya
    `),
    girls: words(`
      Aisha Maryam Zara Fatima Inaya Hafsa Anaya Priya Simran Aanya Khadija Ayesha Nimra
      Jasleen Riya Safiya Amira Sana
    `),
    surnames: words(`
      Khan Ahmed Hussain Ali Patel Rahman Islam Iqbal Akhtar Shah Singh Sharma Mahmood
      Chowdhury Mistry Malik Bashir Qureshi Uddin Miah Gill Sandhu D'Souza
    `),
  },
  {
    id: 'african',
    share: 5,
    ealRate: 0.4,
    boys: words(`
      Emmanuel David Samuel Tobi Oluwaseun Kwame Kofi Chidi Abdirahman Daniel Joshua Tomiwa
      Ayomide Ebuka
    `),
    girls: words(`
      Precious Blessing Favour Chioma Adaeze Esther Grace Ifeoluwa Hodan Ayan Nana Deborah
      Temi Ama
    `),
    surnames: words(`
      Okafor Adeyemi Mensah Osei Owusu Okonkwo Adebayo Balogun Nwosu Eze Abdi Hassan Asante
      Boateng Oyelaran Afolabi
    `),
  },
  {
    id: 'caribbean',
    share: 3,
    ealRate: 0,
    boys: words(`
      Jayden Tyrese Kai Andre Malachi Reuben Jermaine Kyrie Elijah
    `),
    girls: words(`
      Aaliyah Tiana Jada Shanice Kiara Imani Nia Tia Kayla
    `),
    surnames: words(`
      Campbell Brown Williams Francis Grant Reid Gordon Henry Bailey Spencer Samuels Morgan
      Richards
    `),
  },
  {
    id: 'east-european',
    share: 7,
    ealRate: 0.7,
    boys: words(`
      Jakub Kacper Szymon Filip Mateusz Antoni Oliwier Dawid Andrei Matas Lukas Nikola Bartosz
      Mihai
    `),
    girls: words(`
      Zuzanna Julia Maja Lena Alicja Natalia Wiktoria Oliwia Ioana Gabija Emilija Amelia
      Antonina Kornelia
    `),
    surnames: words(`
      Nowak Wójcik Kowalczyk Mazur Krawczyk Zając Kaczmarek Popescu Ionescu Popa Horváth
      Lewandowski Wiśniewski Kazlauskas
    `),
  },
  {
    id: 'other',
    share: 7,
    ealRate: 0.45,
    boys: words(`
      Omar Adam Emir Kerem Deniz Tiago Rodrigo Wei Jason Hao Karim Mateo Luca Yousef
    `),
    girls: words(`
      Layla Noor Mariam Elif Zeynep Defne Beatriz Inês Mei Jing Sofia Yasmin Leila Ana
    `),
    surnames: words(`
      Yılmaz Demir Kaya Şahin Çelik Silva Santos Ferreira Costa Chen Wang Li Wong Cheung
      Haddad Nasser Mansour Al-Sayed Ünal
    `),
  },
];

/** Forenames of teachers, who were born a generation earlier than their pupils. */
export const STAFF_FORENAMES: readonly string[] = words(`
  Sarah Claire Emma Rachel Laura Helen Nicola Kate Joanne Rebecca Hannah Gemma Louise Amy
  Victoria Natalie Priya Nadia Funmi Agnieszka Ana Fiona Catherine Ruth Mark David Paul Andrew
  James Richard Matthew Chris Daniel Simon Tom Gareth Rob Imran Tariq Kwame Raj Piotr Marco
  Stuart Neil Ian Jonathan Ben Adam Steven
`);
