/**
 * The adapter table: one entry per migration tool. Order matters only where two tools can read
 * the same file (an `NNN_x.up.sql` is golang-migrate's and sqlx's; a plain `NNN_x.sql` may be
 * goose, dbmate, Atlas or sqlx): the first entry that recognises a file names its tool in
 * listings and changed-file reports. A work order's declared tool always reads with its own entry.
 */
import type { Adapter } from "../adapter.js";
import { alembic } from "./alembic.js";
import { atlas } from "./atlas.js";
import { dbmate } from "./dbmate.js";
import { diesel } from "./diesel.js";
import { django } from "./django.js";
import { ecto } from "./ecto.js";
import { efCore } from "./efCore.js";
import { flyway } from "./flyway.js";
import { golangMigrate } from "./golangMigrate.js";
import { goose } from "./goose.js";
import { gorm } from "./gorm.js";
import { knex } from "./knex.js";
import { laravel } from "./laravel.js";
import { liquibase } from "./liquibase.js";
import { mikroOrm } from "./mikroOrm.js";
import { nodePgMigrate } from "./nodePgMigrate.js";
import { prisma } from "./prisma.js";
import { rails } from "./rails.js";
import { sequelize } from "./sequelize.js";
import { sqlx } from "./sqlx.js";
import { typeorm } from "./typeorm.js";

export const ADAPTERS: readonly Adapter[] = [
  alembic,
  django,
  rails,
  flyway,
  liquibase,
  prisma,
  diesel,
  atlas,
  goose,
  dbmate,
  golangMigrate,
  sqlx,
  typeorm,
  mikroOrm,
  nodePgMigrate,
  sequelize,
  knex,
  ecto,
  efCore,
  laravel,
  gorm,
];
