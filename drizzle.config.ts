// drizzle-kit settings: `npm run db:generate -- --name <what-changed>` writes a migration to db/migrations.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});
